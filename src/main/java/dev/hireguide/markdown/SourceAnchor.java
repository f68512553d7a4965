package dev.hireguide.markdown;

import dev.hireguide.diag.SourcePosition;

/**
 * An {@code id} the Markdown gave an element (a heading's), with where the element was written,
 * so that a clash with another id on the page can be reported there.
 */
public record SourceAnchor(String id, SourcePosition position) {
}
