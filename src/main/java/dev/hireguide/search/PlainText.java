package dev.hireguide.search;

import dev.hireguide.markdown.HtmlText;

import java.util.regex.Pattern;

/** Text for the index and for snippets, from the HTML the Markdown stage made or from Markdown in front matter fields. */
final class PlainText {

    private static final boolean[] ASCII_SPACE = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_SPACE[c] = Character.isWhitespace(c);
        }
    }

    private static final Pattern IMAGE_OR_LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]*)\\]\\[[^\\]]*\\]");
    private static final Pattern AUTOLINK = Pattern.compile("<(https?://|mailto:)[^>\\s]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern EMPHASIS = Pattern.compile("[*`~]+|(?<![\\p{L}\\p{N}])_+|_+(?![\\p{L}\\p{N}])");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\p{Punct}])");
    /** Tags that join text without a space. */
    private static final String[] INLINE_TAGS = {"a", "em", "strong", "code", "del", "s", "sub", "sup", "kbd", "abbr",
        "mark", "span", "b", "i"};
    /** Each thread's arrays for {@link #ofHtml(String, int, int)}: the HTML and the text. */
    private static final ThreadLocal<char[][]> BUFFERS = ThreadLocal.withInitial(() -> new char[][] {new char[4096], new char[4096]});
    /** The tooltip the Markdown stage adds after a glossary term's first mention (it holds text only). */
    private static final String GLOSSARY_TIP = "<span class=\"glossary-tip\"";

    private PlainText() {
    }

    /** Markdown of one field (a question, a list line) as plain text: link text kept, URLs and markup dropped. */
    static String ofMarkdown(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        if (!hasMarkup(markdown)) {
            return collapse(markdown);
        }
        String text = IMAGE_OR_LINK.matcher(markdown).replaceAll("$1");
        text = REFERENCE_LINK.matcher(text).replaceAll("$1");
        text = AUTOLINK.matcher(text).replaceAll(" ");
        text = TAG.matcher(text).replaceAll(" ");
        text = EMPHASIS.matcher(text).replaceAll("");
        text = ESCAPE.matcher(text).replaceAll("$1");
        return collapse(HtmlText.unescape(text));
    }

    /** HTML (made by the Markdown stage, so well formed) as the text a reader sees; tags become spaces. */
    static String ofHtml(String html) {
        return ofHtml(html, 0, html.length());
    }

    /** {@link #ofHtml(String)} of the part of {@code html} from {@code from} to {@code to}, without copying it first. */
    static String ofHtml(String html, int from, int to) {
        // On arrays rather than String and StringBuilder: this runs over every page body, and the
        // quick JIT tier does not make their per-character checks cheap. Indexes are into the array.
        int length = to - from;
        char[][] buffers = BUFFERS.get();
        if (buffers[0].length < length) {
            buffers[0] = new char[Math.max(length, buffers[0].length * 2)];
            buffers[1] = new char[buffers[0].length];
        }
        char[] in = buffers[0];
        char[] out = buffers[1];
        html.getChars(from, to, in, 0);
        int size = 0;
        boolean space = false;
        boolean entities = false;
        int i = 0;
        while (i < length) {
            char c = in[i];
            if (c == '<' && html.startsWith(GLOSSARY_TIP, from + i)) {
                // A glossary term's definition is its tooltip, not text of the page.
                int close = html.indexOf("</span>", from + i) - from;
                i = close < 0 || close >= length ? length : close + "</span>".length();
                continue;
            }
            if (c == '<') {
                int end = html.indexOf('>', from + i) - from;
                if (end < 0 || end >= length) {
                    break;
                }
                if (isBlockTag(in, i + 1)) {
                    space = size > 0;
                }
                i = end + 1;
                continue;
            }
            if (isSpace(c)) {
                space = size > 0;
                i++;
                continue;
            }
            // A run of text up to the next tag or space, copied at once.
            int end = i + 1;
            entities |= c == '&';
            while (end < length) {
                char d = in[end];
                if (d == '<' || isSpace(d)) {
                    break;
                }
                entities |= d == '&';
                end++;
            }
            if (space) {
                out[size++] = ' ';
                space = false;
            }
            System.arraycopy(in, i, out, size, end - i);
            size += end - i;
            i = end;
        }
        String text = new String(out, 0, size);
        return entities ? collapse(HtmlText.unescape(text)) : text;
    }

    /** White space, as {@link Character#isWhitespace(char)} says; ASCII from a table, small enough to be inlined. */
    private static boolean isSpace(char c) {
        return c < 0x80 ? ASCII_SPACE[c] : Character.isWhitespace(c);
    }

    /** Inline tags (a, em, code…) join text without a space; everything else separates words. */
    private static boolean isBlockTag(char[] html, int at) {
        int start = html[at] == '/' ? at + 1 : at;
        int end = start;
        while (Character.isLetterOrDigit(html[end])) {
            end++;
        }
        for (String inline : INLINE_TAGS) {
            if (inline.length() == end - start && startsWith(html, start, inline)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(char[] text, int at, String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            if (text[at + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasMarkup(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '[', '<', '*', '`', '_', '~', '\\', '&' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** Runs of white space as one space, none at either end. */
    static String collapse(String text) {
        if (isCollapsed(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpaceOrNbsp(c)) {
                space = !out.isEmpty();
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** White space or a no-break space; ASCII from the table, as most text is. */
    private static boolean isSpaceOrNbsp(char c) {
        return c < 0x80 ? ASCII_SPACE[c] : c == '\u00a0' || Character.isWhitespace(c);
    }

    /** Whether a text has single spaces between words only, and none at either end. */
    private static boolean isCollapsed(String text) {
        int length = text.length();
        if (length > 0 && (text.charAt(0) == ' ' || text.charAt(length - 1) == ' ')) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == ' ' ? i > 0 && text.charAt(i - 1) == ' ' : isSpaceOrNbsp(c)) {
                return false;
            }
        }
        return true;
    }

    /** At most {@code max} characters, cut at a word boundary, with an ellipsis when cut. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }
}
