package dev.hireguide.assemble;

import dev.hireguide.content.PageMeta;

import java.util.List;

/**
 * One page of the assembled site.
 *
 * @param id            stable id: the path under content/ without {@code .md} ({@code guides/fastapi}),
 *                      the folder for a section ({@code guides}), and {@code ""} for the home page
 * @param kind          home, section or page
 * @param file          source file for diagnostics, or empty for a section that has no {@code _index.md}
 * @param meta          front matter (generated for sections without {@code _index.md})
 * @param body          Markdown body
 * @param bodyFirstLine file line of the body's first line
 * @param path          URL path under the base URL: {@code ""} for home, {@code guides/fastapi/} for a page
 * @param parentId      id of the section that lists this page, or null for the home page
 * @param childIds      ids of the pages and sections this one lists, in display order
 */
public record Page(String id, PageKind kind, String file, PageMeta meta, String body, int bodyFirstLine,
                   String path, String parentId, List<String> childIds) {

    public Page {
        childIds = List.copyOf(childIds);
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

    Page withChildren(List<String> children) {
        return new Page(id, kind, file, meta, body, bodyFirstLine, path, parentId, children);
    }
}
