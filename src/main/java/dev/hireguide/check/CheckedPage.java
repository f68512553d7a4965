package dev.hireguide.check;

import dev.hireguide.diag.SourcePosition;

import java.util.List;
import java.util.Map;

/**
 * A rendered page as the link check reads it.
 *
 * @param outputPath where it is written: {@code guides/fastapi/index.html}
 * @param html       the page, with the site's own URLs still as site paths (before they are made relative)
 * @param source     where to report what cannot be traced to a line: the page's file, or the template
 *                   that makes a page without one
 * @param template   the template that made it, as named in messages ({@code guide.peb}), or empty
 * @param origins    where its links were written: Markdown links, wiki links, a template's {@code url()}
 * @param anchors    where ids given by its Markdown (headings) were written
 */
public record CheckedPage(String outputPath, String html, SourcePosition source, String template,
                          List<Origin> origins, Map<String, SourcePosition> anchors) {

    public CheckedPage {
        origins = List.copyOf(origins);
        anchors = Map.copyOf(anchors);
    }

    /** The page without its HTML, for when its {@link LinkCheck#scan} is made and it is written. */
    public CheckedPage withoutHtml() {
        return new CheckedPage(outputPath, "", source, template, origins, anchors);
    }

    /**
     * Where a URL of the page was written.
     *
     * @param url      as rendered into the page ({@code /hiring/guides/flask/#salary})
     * @param position where it was written: file, line and column
     * @param what     how it was written, for messages: {@code link}, {@code image}, {@code wiki link}, …
     */
    public record Origin(String url, SourcePosition position, String what) {
    }
}
