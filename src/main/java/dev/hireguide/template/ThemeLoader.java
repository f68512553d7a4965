package dev.hireguide.template;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds templates in the site's theme folder first, then in the default theme bundled in the
 * jar. A template name is a path under the theme's {@code templates/} folder, with or without
 * {@code .peb}; a name that would leave that folder (absolute, {@code ..}, a backslash, or a
 * symbolic link pointing out) is refused, so a theme cannot read other files.
 */
public final class ThemeLoader implements Loader<String> {

    /** Where the bundled default theme's templates are on the class path. */
    static final String BUNDLED = "themes/default/templates/";

    private final Path siteTemplates;
    private final String siteLabel;

    /**
     * @param siteTemplates the site theme's templates folder, or null when the site has none
     * @param siteLabel     that folder as printed in diagnostics, e.g. {@code themes/corporate/templates}
     */
    public ThemeLoader(Path siteTemplates, String siteLabel) {
        this.siteTemplates = siteTemplates;
        this.siteLabel = siteLabel;
    }

    @Override
    public Reader getReader(String name) {
        String safe = checkedName(name);
        for (String candidate : candidates(safe)) {
            Optional<String> text = siteText(candidate).or(() -> bundledText(candidate));
            if (text.isPresent()) {
                return new StringReader(text.get());
            }
        }
        throw new LoaderException(null, "template `" + name + "` not found in " + siteLabel + " nor in the default theme");
    }

    /** The path of a template as printed in diagnostics, relative to the site root where it is the site's. */
    public String describe(String name) {
        if (name == null) {
            return siteLabel;
        }
        try {
            String safe = checkedName(name);
            for (String candidate : candidates(safe)) {
                if (siteText(candidate).isPresent()) {
                    return siteLabel + "/" + candidate;
                }
                if (bundledText(candidate).isPresent()) {
                    return BUNDLED + candidate + " (built-in default theme)";
                }
            }
        } catch (LoaderException e) {
            // An unsafe name is described as written.
        }
        return siteLabel + "/" + name;
    }

    @Override
    public boolean resourceExists(String name) {
        try {
            String safe = checkedName(name);
            for (String candidate : candidates(safe)) {
                if (siteText(candidate).isPresent() || bundledText(candidate).isPresent()) {
                    return true;
                }
            }
        } catch (LoaderException e) {
            return false;
        }
        return false;
    }

    @Override
    public String createCacheKey(String name) {
        return name;
    }

    /** Names are always relative to the templates folder, never to the including template. */
    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        return null;
    }

    @Override
    public void setCharset(String charset) {
        // Templates are always UTF-8.
    }

    @Override
    public void setPrefix(String prefix) {
        // The folders are fixed by the theme.
    }

    @Override
    public void setSuffix(String suffix) {
        // Both `page` and `page.peb` are accepted.
    }

    private static String[] candidates(String name) {
        return name.endsWith(".peb") ? new String[] {name} : new String[] {name, name + ".peb"};
    }

    private static String checkedName(String name) {
        if (name == null || name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains("\0")
                || name.contains(":") || (name + "/").startsWith("../") || name.contains("/../")
                || name.endsWith("/..") || name.equals("..")) {
            throw new LoaderException(null, "template name `" + name + "` points outside the theme's templates folder");
        }
        return name;
    }

    private Optional<String> siteText(String name) {
        if (siteTemplates == null) {
            return Optional.empty();
        }
        Path file = siteTemplates.resolve(name).normalize();
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            // A symbolic link inside the theme must not lead a template outside it.
            if (!file.toRealPath().startsWith(siteTemplates.toRealPath())) {
                throw new LoaderException(null, "template `" + name + "` is a link to a file outside the theme");
            }
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LoaderException(e, "cannot read template `" + name + "`: " + e.getMessage());
        }
    }

    private static Optional<String> bundledText(String name) {
        try (InputStream in = ThemeLoader.class.getClassLoader().getResourceAsStream(BUNDLED + name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
