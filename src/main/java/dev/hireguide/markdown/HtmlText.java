package dev.hireguide.markdown;

import org.jsoup.parser.Parser;

/**
 * Escapes text for HTML element content and double-quoted attributes exactly as Flexmark's
 * {@code HtmlWriter.text} does ({@code & < > "}), without its regular expression: text is most of
 * a page, and the regex cost about 2% of a build. Also used for the HTML hireguide writes itself,
 * and decodes what it writes ({@link #unescape}).
 */
public final class HtmlText {

    /** The references {@link #escape} and {@link #escapeWithApostrophe} write, and the characters they stand for. */
    private static final String[] REFERENCES = {"&amp;", "&lt;", "&gt;", "&quot;", "&#39;"};
    private static final String DECODED = "&<>\"'";
    /** The characters {@link #escape} writes as references, by character up to {@code '>'}. */
    private static final boolean[] SPECIAL = table("&<>\"");
    /** The characters {@link #escapeWithApostrophe} writes as references, by character up to {@code '>'}. */
    private static final boolean[] SPECIAL_WITH_APOSTROPHE = table("&<>\"'");

    private static boolean[] table(String characters) {
        boolean[] table = new boolean['>' + 1];
        characters.chars().forEach(c -> table[c] = true);
        return table;
    }

    private HtmlText() {
    }

    /** {@code text} with {@code & < > "} as character references. */
    public static String escape(CharSequence text) {
        return escape(text, false);
    }

    /**
     * {@code text} with {@code & < > " '} as character references ({@code '} as {@code &#39;}):
     * what Pebble's autoescaping writes (unbescape's {@code escapeHtml4Xml}).
     */
    public static String escapeWithApostrophe(CharSequence text) {
        return escape(text, true);
    }

    private static String escape(CharSequence chars, boolean apostrophe) {
        // A String's charAt is a direct call; a CharSequence's is an interface call per character.
        String text = chars.toString();
        int length = text.length();
        // A table, read in the loop: a method for each character (45 bytes) was above the quick
        // tier's inlining limits, and so a call each time. Every special character is at most '>'.
        boolean[] special = apostrophe ? SPECIAL_WITH_APOSTROPHE : SPECIAL;
        int first = 0;
        for (char c; first < length && ((c = text.charAt(first)) > '>' || !special[c]); ) {
            first++;
        }
        if (first == length) {
            return text;
        }
        StringBuilder out = new StringBuilder(length + 16);
        out.append(text, 0, first);
        for (int i = first; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append(apostrophe ? "&#39;" : "'");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * {@code text} with its character references decoded, as jsoup's {@code Parser.unescapeEntities(text,
     * false)} decodes them. The five that {@link #escape} and {@link #escapeWithApostrophe} write are
     * decoded here; text with any other {@code &} goes to jsoup, whose parser is set up for every
     * call (a parse of the pages' search text and job descriptions is mostly these five).
     */
    public static String unescape(String text) {
        String quick = unescapeOwn(text);
        return quick != null ? quick : Parser.unescapeEntities(text, false);
    }

    /** {@link #unescape} of text whose only references are the five this class writes, else null. */
    static String unescapeOwn(String text) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (amp >= 0) {
            out.append(text, from, amp);
            int known = 0;
            while (known < REFERENCES.length && !text.startsWith(REFERENCES[known], amp)) {
                known++;
            }
            if (known == REFERENCES.length) {
                return null;
            }
            out.append(DECODED.charAt(known));
            from = amp + REFERENCES[known].length();
            amp = text.indexOf('&', from);
        }
        return out.append(text, from, text.length()).toString();
    }
}
