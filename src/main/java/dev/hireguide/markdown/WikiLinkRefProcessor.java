package dev.hireguide.markdown;

import com.vladsch.flexmark.parser.LinkRefProcessor;
import com.vladsch.flexmark.parser.LinkRefProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Recognises {@code [[…]]} as a {@link WikiLink}: Flexmark hands link reference processors every
 * bracketed span, and this one takes those in double brackets. Only the text after {@code |} stays
 * as inline content, so emphasis works there and nowhere else.
 */
final class WikiLinkRefProcessor implements LinkRefProcessor {

    /** Double brackets: one level of nesting inside the outer pair. */
    private static final int NESTING = 1;

    /**
     * Longer bracketed spans are not wiki links. Checked first, so that deeply nested brackets
     * cost a constant per closing bracket instead of a scan of everything inside.
     */
    private static final int MAX_LENGTH = 400;

    @Override
    public boolean getWantExclamationPrefix() {
        return false;
    }

    @Override
    public int getBracketNestingLevel() {
        return NESTING;
    }

    @Override
    public boolean isMatch(BasedSequence chars) {
        int n = chars.length();
        if (n < 5 || n > MAX_LENGTH || chars.charAt(0) != '[' || chars.charAt(1) != '[' || chars.charAt(n - 1) != ']'
                || chars.charAt(n - 2) != ']') {
            return false;
        }
        // Three brackets or more ([[[a]]]) are brackets around something, not a wiki link.
        BasedSequence base = chars.getBaseSequence();
        int before = chars.getStartOffset() - 1;
        if ((before >= 0 && base.charAt(before) == '[') || (chars.getEndOffset() < base.length()
                && base.charAt(chars.getEndOffset()) == ']')) {
            return false;
        }
        BasedSequence inner = chars.subSequence(2, n - 2);
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '[' || c == ']' || c == '\n' || c == '\r') {
                return false;  // [[a]]-like text inside brackets, or a wiki link across lines: not one
            }
        }
        return !inner.isBlank();
    }

    @Override
    public Node createNode(BasedSequence chars) {
        return new WikiLink(chars);
    }

    @Override
    public BasedSequence adjustInlineText(Document document, Node node) {
        WikiLink link = (WikiLink) node;
        return link.hasText() ? link.text() : link.getChars().subSequence(2, 2);
    }

    @Override
    public boolean allowDelimiters(BasedSequence chars, Document document, Node node) {
        return ((WikiLink) node).hasText();
    }

    @Override
    public void updateNodeElements(Document document, Node node) {
    }

    /** Makes one processor per document. */
    static final class Factory implements LinkRefProcessorFactory {

        @Override
        public boolean getWantExclamationPrefix(DataHolder options) {
            return false;
        }

        @Override
        public int getBracketNestingLevel(DataHolder options) {
            return NESTING;
        }

        @Override
        public LinkRefProcessor apply(Document document) {
            return new WikiLinkRefProcessor();
        }
    }
}
