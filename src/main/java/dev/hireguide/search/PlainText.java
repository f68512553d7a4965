package dev.hireguide.search;

import org.jsoup.parser.Parser;

import java.util.regex.Pattern;

/** Text for the index and for snippets, from the HTML the Markdown stage made or from Markdown in front matter fields. */
final class PlainText {

    private static final Pattern IMAGE_OR_LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]*)\\]\\[[^\\]]*\\]");
    private static final Pattern AUTOLINK = Pattern.compile("<(https?://|mailto:)[^>\\s]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern EMPHASIS = Pattern.compile("[*`~]+|(?<![\\p{L}\\p{N}])_+|_+(?![\\p{L}\\p{N}])");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\p{Punct}])");
    /** Tags that join text without a space. */
    private static final String[] INLINE_TAGS = {"a", "em", "strong", "code", "del", "s", "sub", "sup", "kbd", "abbr",
        "mark", "span", "b", "i"};
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
        return collapse(Parser.unescapeEntities(text, false));
    }

    /** HTML (made by the Markdown stage, so well formed) as the text a reader sees; tags become spaces. */
    static String ofHtml(String html) {
        StringBuilder out = new StringBuilder(html.length());
        boolean space = false;
        boolean entities = false;
        int length = html.length();
        int i = 0;
        while (i < length) {
            char c = html.charAt(i);
            if (c == '<' && html.startsWith(GLOSSARY_TIP, i)) {
                // A glossary term's definition is its tooltip, not text of the page.
                int close = html.indexOf("</span>", i);
                i = close < 0 ? length : close + "</span>".length();
                continue;
            }
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    break;
                }
                if (isBlockTag(html, i + 1)) {
                    space = !out.isEmpty();
                }
                i = end + 1;
                continue;
            }
            if (isSpace(c)) {
                space = !out.isEmpty();
                i++;
                continue;
            }
            // A run of text up to the next tag or space, copied at once.
            int end = i + 1;
            entities |= c == '&';
            while (end < length) {
                char d = html.charAt(end);
                if (d == '<' || isSpace(d)) {
                    break;
                }
                entities |= d == '&';
                end++;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(html, i, end);
            i = end;
        }
        return entities ? collapse(Parser.unescapeEntities(out.toString(), false)) : out.toString();
    }

    private static boolean isSpace(char c) {
        return c <= ' ' ? Character.isWhitespace(c) : c >= 0x80 && Character.isWhitespace(c);
    }

    /** Inline tags (a, em, code…) join text without a space; everything else separates words. */
    private static boolean isBlockTag(String html, int at) {
        int start = html.charAt(at) == '/' ? at + 1 : at;
        int end = start;
        while (end < html.length() && Character.isLetterOrDigit(html.charAt(end))) {
            end++;
        }
        for (String inline : INLINE_TAGS) {
            if (inline.length() == end - start && html.startsWith(inline, start)) {
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
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
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
