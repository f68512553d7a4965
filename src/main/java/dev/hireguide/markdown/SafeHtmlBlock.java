package dev.hireguide.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** An HTML block after {@link RawHtmlCleaner}: its HTML is safe to write out as it is. */
final class SafeHtmlBlock extends Block {

    private final String html;

    SafeHtmlBlock(BasedSequence chars, String html) {
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
