package dev.hireguide.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** An inline HTML tag after {@link RawHtmlCleaner}: its HTML is safe to write out as it is. */
final class SafeHtmlInline extends Node {

    private final String html;

    SafeHtmlInline(BasedSequence chars, String html) {
        super(chars);
        this.html = html;
    }

    String html() {
        return html;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
