package dev.hireguide.markdown;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A wiki link: {@code [[reference]]}, {@code [[reference#anchor]]}, {@code [[reference|text]]}.
 * Its children are the link text when one is given after {@code |}; otherwise it is rendered with
 * the target page's title.
 */
public final class WikiLink extends Node implements DoNotDecorate {

    private final String reference;
    private final String anchor;
    private final BasedSequence text;

    WikiLink(BasedSequence chars) {
        super(chars);
        BasedSequence inner = chars.subSequence(2, chars.length() - 2);
        int bar = inner.indexOf('|');
        BasedSequence target = bar < 0 ? inner : inner.subSequence(0, bar);
        this.text = bar < 0 ? BasedSequence.NULL : inner.subSequence(bar + 1);
        int hash = target.indexOf('#');
        this.reference = (hash < 0 ? target : target.subSequence(0, hash)).toString().strip();
        this.anchor = hash < 0 ? "" : target.subSequence(hash + 1).toString().strip();
    }

    /** The page named, as written: {@code frameworks/fastapi}; empty for a link to an anchor of the same page. */
    public String reference() {
        return reference;
    }

    /** The part after {@code #}, or empty. */
    public String anchor() {
        return anchor;
    }

    /** The text after {@code |}, or an empty sequence when the title is to be used. */
    BasedSequence text() {
        return text;
    }

    boolean hasText() {
        return !text.isBlank();
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {getChars()};
    }
}
