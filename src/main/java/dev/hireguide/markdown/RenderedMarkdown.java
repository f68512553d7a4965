package dev.hireguide.markdown;

import dev.hireguide.diag.Diagnostic;
import java.util.List;

/**
 * The result of rendering one page body.
 *
 * @param html        the body as HTML, safe to insert into a page unescaped; empty when rendering failed
 * @param headings    every heading in document order, with the id it was given
 * @param diagnostics problems found, in source order; an error means the page should fail the build
 */
public record RenderedMarkdown(String html, List<Heading> headings, List<Diagnostic> diagnostics) {

    public RenderedMarkdown {
        html = html == null ? "" : html;
        headings = List.copyOf(headings);
        diagnostics = List.copyOf(diagnostics);
    }
}
