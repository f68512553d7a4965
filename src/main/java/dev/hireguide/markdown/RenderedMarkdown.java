package dev.hireguide.markdown;

import dev.hireguide.diag.Diagnostic;
import java.util.List;

/**
 * The result of rendering one page body.
 *
 * @param html        the body as HTML, safe to insert into a page unescaped; empty when rendering failed
 * @param headings    every heading in document order, with the id it was given
 * @param diagnostics problems found, in source order; an error means the page should fail the build
 * @param links       every link and image rendered, in document order, with where it was written
 * @param anchors     the ids given to headings, with where each heading was written
 */
public record RenderedMarkdown(String html, List<Heading> headings, List<Diagnostic> diagnostics,
                               List<SourceLink> links, List<SourceAnchor> anchors) {

    public RenderedMarkdown {
        html = html == null ? "" : html;
        headings = List.copyOf(headings);
        diagnostics = List.copyOf(diagnostics);
        links = List.copyOf(links);
        anchors = List.copyOf(anchors);
    }

    /** A result without links or anchors. */
    public RenderedMarkdown(String html, List<Heading> headings, List<Diagnostic> diagnostics) {
        this(html, headings, diagnostics, List.of(), List.of());
    }
}
