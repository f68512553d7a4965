package dev.hireguide.assemble;

import dev.hireguide.content.Audience;
import dev.hireguide.content.ContentType;
import dev.hireguide.content.PageMeta;
import dev.hireguide.content.TypedData;
import dev.hireguide.content.UrlAliases;
import dev.hireguide.diag.SourcePosition;
import dev.hireguide.yaml.YamlPositions;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One page of the assembled site.
 *
 * @param id            stable id: the path under content/ without {@code .md} ({@code guides/fastapi}),
 *                      the folder for a section ({@code guides}), and {@code ""} for the home page
 * @param kind          home, section or page
 * @param type          the content type (sections and the home page are plain pages)
 * @param file          source file for diagnostics, or empty for a section that has no {@code _index.md}
 * @param meta          front matter (generated for sections without {@code _index.md})
 * @param data          the type's own fields
 * @param body          Markdown body
 * @param bodyFirstLine file line of the body's first line
 * @param path          URL path under the base URL: {@code ""} for home, {@code guides/fastapi/} for a page
 * @param parentId      id of the section that lists this page, or null for the home page
 * @param childIds      ids of the pages and sections this one lists, in display order
 * @param refs          each reference the front matter makes, as written, to the id it resolved to
 * @param frontMatter   where each front matter field is, for diagnostics; null for generated sections
 * @param audience      who may read the page: its own {@code audience:}, else its section's, else the site's
 * @param aliases       the page's old URLs, each written as a redirect page to this one
 */
public record Page(String id, PageKind kind, ContentType type, String file, PageMeta meta, TypedData data,
                   String body, int bodyFirstLine, String path, String parentId, List<String> childIds,
                   Map<String, String> refs, YamlPositions frontMatter, Audience audience, List<UrlAliases.Alias> aliases) {

    public Page {
        childIds = List.copyOf(childIds);
        refs = Collections.unmodifiableMap(new TreeMap<>(refs));
        aliases = List.copyOf(aliases);
    }

    /** The last part of the id: {@code fastapi} for {@code frameworks/fastapi}. */
    public String slug() {
        return id.substring(id.lastIndexOf('/') + 1);
    }

    public String title() {
        return meta.title();
    }

    /** The file the page is written to: {@code guides/fastapi/index.html}. */
    public String outputPath() {
        return path + "index.html";
    }

    /** Whether the page comes from a file (sections without {@code _index.md} do not). */
    public boolean hasSource() {
        return !file.isEmpty();
    }

    /** The path printed in diagnostics about this page. */
    public String displayFile() {
        return hasSource() ? file : "content/" + id + "/";
    }

    /** Where a front matter field is (a JSON Pointer such as {@code /market/as_of}), for diagnostics. */
    public SourcePosition positionOf(String pointer) {
        return frontMatter == null ? SourcePosition.of(displayFile()) : frontMatter.positionOf(pointer);
    }

    /** The id a reference written in the front matter resolved to, or null when it did not resolve. */
    public String resolve(String reference) {
        return reference == null ? null : refs.get(reference);
    }

    Page withChildren(List<String> children) {
        return new Page(id, kind, type, file, meta, data, body, bodyFirstLine, path, parentId, children, refs, frontMatter,
                audience, aliases);
    }

    Page withRefs(Map<String, String> resolved) {
        return new Page(id, kind, type, file, meta, data, body, bodyFirstLine, path, parentId, childIds, resolved,
                frontMatter, audience, aliases);
    }
}
