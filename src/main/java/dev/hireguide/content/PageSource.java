package dev.hireguide.content;

import dev.hireguide.yaml.YamlPositions;

/**
 * A page read from content/, with its front matter checked.
 *
 * @param relPath       path under content/ ({@code guides/fastapi.md})
 * @param file          path for diagnostics ({@code content/guides/fastapi.md})
 * @param meta          the generic front matter fields
 * @param type          the content type
 * @param data          the type's own fields
 * @param frontMatter   where each front matter field is, for the diagnostics of later stages
 * @param body          the Markdown body
 * @param bodyFirstLine the file line the body starts on
 */
public record PageSource(String relPath, String file, PageMeta meta, ContentType type, TypedData data,
                         YamlPositions frontMatter, String body, int bodyFirstLine) {

    /** {@code _index.md} gives a section (or, at the top, the home page) its title and intro. */
    public boolean isIndex() {
        return relPath.equals("_index.md") || relPath.endsWith("/_index.md");
    }

    /** The folder the page is in, relative to content/: {@code guides}, or empty at the top. */
    public String folder() {
        int slash = relPath.lastIndexOf('/');
        return slash < 0 ? "" : relPath.substring(0, slash);
    }

    /** The file name without {@code .md}. */
    public String baseName() {
        String name = relPath.substring(relPath.lastIndexOf('/') + 1);
        return name.substring(0, name.length() - ".md".length());
    }
}
