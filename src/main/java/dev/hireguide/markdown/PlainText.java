package dev.hireguide.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.Deque;

/** The text of an inline tree as a reader sees it: no markup, entities and escapes decoded. */
final class PlainText {

    private PlainText() {
    }

    /** Whitespace runs become one space; footnote markers and raw HTML tags are left out. */
    static String of(Node parent) {
        StringBuilder out = new StringBuilder();
        Deque<Node> pending = new ArrayDeque<>();
        pushChildren(parent, pending);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof Code code) {
                // Backslashes in code spans are literal, so the raw text, not unescape().
                out.append(code.getText());
            } else if (node instanceof Text || node instanceof HtmlEntity) {
                out.append(InterruptibleText.unescaped(node.getChars()));
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                out.append(' ');
            } else if (!(node instanceof Footnote || node instanceof HtmlInlineBase
                    || node instanceof SafeHtmlInline)) {
                pushChildren(node, pending);
            }
        }
        return collapseWhitespace(out).strip();
    }

    /** Each run of what the regex {@code \s} matches (space, tab, line feed, vertical tab, form feed, carriage return) as one space. */
    static String collapseWhitespace(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        if (space) {
            out.append(' ');
        }
        return out.toString();
    }

    private static void pushChildren(Node parent, Deque<Node> pending) {
        for (Node child = parent.getLastChild(); child != null; child = child.getPrevious()) {
            pending.push(child);
        }
    }
}
