package dev.hireguide.content;

import dev.hireguide.diag.Diagnostic;
import dev.hireguide.yaml.YamlDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A page's old URLs, written in {@code aliases:} as site paths ({@code /guides/old-name/}), each
 * of which gets a small redirect page. On term and framework pages {@code aliases:} already lists
 * other names of the thing; there an entry that starts with {@code /} is an old URL and the rest
 * are names, since a name never starts with a slash.
 */
public final class UrlAliases {

    /** One URL segment: no escapes, separators, spaces, controls, and not {@code .} or {@code ..}. */
    private static final Pattern SEGMENT = Pattern.compile("[^%?#\\\\\\s\\p{Cc}/]+");

    private UrlAliases() {
    }

    /**
     * One old URL of a page.
     *
     * @param written    as written, {@code /guides/old-name/}
     * @param pointer    where it is in the front matter, {@code /aliases/0}
     * @param outputPath the redirect page's file, {@code guides/old-name/index.html}
     */
    public record Alias(String written, String pointer, String outputPath) {

        /** The URL path of the redirect under the base path: {@code guides/old-name/}, or {@code old.html}. */
        public String path() {
            return outputPath.endsWith("/index.html") ? outputPath.substring(0, outputPath.length() - "index.html".length())
                    : outputPath;
        }
    }

    /** The old URLs a page's front matter gives, valid or not. */
    public static List<Alias> of(PageMeta meta, TypedData data) {
        List<String> written = meta.aliases();
        if (data instanceof TermData term) {
            written = term.aliases();
        } else if (data instanceof FrameworkData framework) {
            written = framework.aliases();
        }
        boolean namesToo = data instanceof TermData || data instanceof FrameworkData;
        List<Alias> aliases = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            String alias = written.get(i) == null ? "" : written.get(i).strip();
            if (!namesToo || alias.startsWith("/")) {
                aliases.add(new Alias(alias, "/aliases/" + i, outputPath(alias)));
            }
        }
        return aliases;
    }

    /** The other names on a term or framework page: its {@code aliases:} that are not old URLs. */
    public static List<String> names(List<String> aliases) {
        return aliases.stream().filter(a -> a != null && !a.strip().startsWith("/")).toList();
    }

    /** Errors for old URLs that are not site paths a redirect page can be written at. */
    static List<Diagnostic> check(PageMeta meta, TypedData data, YamlDocument doc) {
        List<Diagnostic> problems = new ArrayList<>();
        for (Alias alias : of(meta, data)) {
            if (alias.outputPath().isEmpty()) {
                problems.add(Diagnostic.error(doc.positionOf(alias.pointer()),
                        "alias `" + alias.written() + "` is not a site path",
                        "write the page's old URL from the site's root, like `/guides/old-name/`"));
            }
        }
        return problems;
    }

    /** {@code /guides/old/} and {@code /guides/old} give {@code guides/old/index.html}; empty when invalid. */
    static String outputPath(String alias) {
        if (!alias.startsWith("/") || alias.startsWith("//") || alias.equals("/")) {
            return "";
        }
        String path = alias.substring(1);
        boolean file = path.endsWith(".html");
        String folder = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        for (String segment : folder.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
                return "";
            }
        }
        return file ? folder : folder + "/index.html";
    }
}
