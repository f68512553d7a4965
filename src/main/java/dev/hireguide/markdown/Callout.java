package dev.hireguide.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A block quote that starts with a {@code [!TYPE]} marker; its children are the quote's content. */
final class Callout extends Block {

    private final CalloutType type;

    Callout(BasedSequence chars, CalloutType type) {
        super(chars);
        this.type = type;
    }

    CalloutType type() {
        return type;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    @Override
    public void getAstExtra(StringBuilder out) {
        out.append(" type=").append(type);
    }
}
