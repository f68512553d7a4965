package dev.hireguide.markdown;

import org.jsoup.parser.Parser;

import java.util.Arrays;

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

    /** {@link #SPECIAL} and {@link #SPECIAL_WITH_APOSTROPHE} by byte: every byte value has a place. */
    private static final boolean[] SPECIAL_BYTES = Arrays.copyOf(SPECIAL, 256);
    private static final boolean[] SPECIAL_BYTES_WITH_APOSTROPHE = Arrays.copyOf(SPECIAL_WITH_APOSTROPHE, 256);
    /** Texts shorter than this are read a character at a time: copying them first costs more. */
    private static final int COPIED_FROM = 24;

    /**
     * Where the first character to escape in {@code text} may be: no character before it is one.
     * The characters' low bytes are copied into an array and read there, which the quick JIT tier
     * runs about twice as fast as {@code charAt} (a field read, a check of the string's coding
     * and of the index for each). A character beyond Latin-1 copies as its low byte only, which
     * may look like {@code <} (U+013C does): the caller reads from here with {@code charAt}, so
     * such a byte costs a few reads, and a character to escape, always ASCII, is never missed.
     */
    @SuppressWarnings("deprecation")  // String.getBytes(int, int, byte[], int): the low byte of each character is the point
    private static int firstCandidate(String text, int length, boolean[] special) {
        if (length < COPIED_FROM) {
            return 0;
        }
        // A new array each time: a thread-local one is a native call per look-up under the quick
        // JIT tier (ThreadLocal's Reference.refersTo), which cost more than the allocation.
        byte[] bytes = new byte[length];
        text.getBytes(0, length, bytes, 0);
        int i = 0;
        while (i < length && !special[bytes[i] & 0xff]) {
            i++;
        }
        return i;
    }

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

    /**
     * {@link #escape(CharSequence)} of {@code text}, which is the piece from {@code offset} of a
     * text whose copy {@code latin1} is (as {@link MarkdownRenderer#latin1} makes it): the first
     * character to escape is searched in that copy, where every special character is itself and
     * nothing else looks like one.
     */
    static String escape(String text, byte[] latin1, int offset) {
        int length = text.length();
        int first = 0;
        while (first < length && !SPECIAL_BYTES[latin1[offset + first] & 0xff]) {
            first++;
        }
        return first == length ? text : escapeFrom(text, first, SPECIAL, false);
    }

    private static String escape(CharSequence chars, boolean apostrophe) {
        // A String's charAt is a direct call; a CharSequence's is an interface call per character.
        String text = chars.toString();
        int length = text.length();
        // A table, read in the loop: a method for each character (45 bytes) was above the quick
        // tier's inlining limits, and so a call each time. Every special character is at most '>'.
        boolean[] special = apostrophe ? SPECIAL_WITH_APOSTROPHE : SPECIAL;
        int first = firstCandidate(text, length, apostrophe ? SPECIAL_BYTES_WITH_APOSTROPHE : SPECIAL_BYTES);
        return escapeFrom(text, first, special, apostrophe);
    }

    /** {@code text} escaped, where no character before {@code first} is special. */
    private static String escapeFrom(String text, int first, boolean[] special, boolean apostrophe) {
        int length = text.length();
        for (char c; first < length && ((c = text.charAt(first)) > '>' || !special[c]); ) {
            first++;
        }
        if (first == length) {
            return text;
        }
        StringBuilder out = new StringBuilder(length + 16);
        // The text between special characters is copied a run at a time.
        int from = 0;
        for (int i = first; i < length; i++) {
            char c = text.charAt(i);
            if (c > '>' || !special[c]) {
                continue;
            }
            out.append(text, from, i).append(switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> "&#39;";
            });
            from = i + 1;
        }
        return out.append(text, from, length).toString();
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
