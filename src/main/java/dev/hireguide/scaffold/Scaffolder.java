package dev.hireguide.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import dev.hireguide.assemble.SiteAssembler;
import dev.hireguide.content.ContentType;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Creates content files from archetypes: {@code themes/<theme>/archetypes/<type>.md} of the
 * site, else of the bundled default theme. In the archetype, {@code {{title}}}, {@code {{slug}}},
 * {@code {{date}}} and {@code {{month}}} are replaced. A typed page goes into its type's folder
 * ({@code new guide fastapi} writes {@code content/guides/fastapi.md}); the slug may also name
 * folders ({@code new page about/team}). An existing file is never overwritten.
 */
public final class Scaffolder {

    private static final Pattern SEGMENT = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*");
    private static final String BUNDLED = "themes/default/archetypes/";
    /** The archetypes the bundled default theme ships (class path folders cannot be listed portably). */
    private static final List<String> BUNDLED_TYPES = ContentType.keys();

    private final Path root;
    private final String theme;

    public Scaffolder(Path root, String theme) {
        this.root = root;
        this.theme = theme;
    }

    /** Why a file could not be created; {@code usage} is true when the command line was wrong. */
    public static final class ScaffoldException extends Exception {
        private final String hint;
        private final boolean usage;

        ScaffoldException(String message, String hint, boolean usage) {
            super(message);
            this.hint = hint;
            this.usage = usage;
        }

        public String hint() {
            return hint;
        }

        public boolean isUsage() {
            return usage;
        }
    }

    /** Writes the new file and returns its path relative to the site root. */
    public String create(String type, String slug, LocalDate today) throws ScaffoldException {
        for (String segment : slug.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches()) {
                throw new ScaffoldException("`" + slug + "` is not a valid slug",
                        "use letters, digits and dashes, with / between folders, like `guides/fastapi`", true);
            }
        }
        String archetype = archetype(type).orElseThrow(() -> new ScaffoldException(
                "no archetype for type `" + type + "`", "available types: " + String.join(", ", types()), true));
        String name = slug.substring(slug.lastIndexOf('/') + 1);
        String text = archetype.replace("{{slug}}", name)
                .replace("{{title}}", SiteAssembler.titleOf(name))
                .replace("{{date}}", today.toString())
                .replace("{{month}}", YearMonth.from(today).toString());
        String folder = ContentType.ofKey(type).map(ContentType::folder).orElse("");
        String rel = "content/" + (folder.isEmpty() || slug.contains("/") ? "" : folder + "/") + slug + ".md";
        Path file = root.resolve(rel);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new ScaffoldException(rel + " already exists", "choose another slug, or edit the existing file", true);
        } catch (IOException e) {
            throw new ScaffoldException("cannot write " + rel + ": " + e.getMessage(),
                    "check that the folder can be written", false);
        }
        return rel;
    }

    /** The types that have an archetype, in the site's theme or the default theme. */
    public List<String> types() {
        TreeSet<String> types = new TreeSet<>(BUNDLED_TYPES);
        Path dir = siteArchetypes();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                        .forEach(n -> types.add(n.substring(0, n.length() - 3)));
            } catch (IOException e) {
                // Listing is only for the hint.
            }
        }
        return List.copyOf(types);
    }

    private Optional<String> archetype(String type) throws ScaffoldException {
        if (!SEGMENT.matcher(type).matches()) {
            return Optional.empty();
        }
        Path site = siteArchetypes().resolve(type + ".md");
        try {
            if (Files.isRegularFile(site)) {
                return Optional.of(Files.readString(site, StandardCharsets.UTF_8));
            }
            String resource = BUNDLED + (type.equals("page") ? "default" : type) + ".md";
            try (InputStream in = Scaffolder.class.getClassLoader().getResourceAsStream(resource)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new ScaffoldException("cannot read the archetype for `" + type + "`: " + e.getMessage(),
                    "check the theme's archetypes folder", false);
        }
    }

    private Path siteArchetypes() {
        return root.resolve("themes").resolve(theme).resolve("archetypes");
    }
}
