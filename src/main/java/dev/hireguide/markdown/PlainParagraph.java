package dev.hireguide.markdown;


/**
 * The HTML of Markdown that is one line of plain prose, without Flexmark. Front matter fields
 * (a question, an answer, a red flag) are mostly such lines, and a page has dozens of them;
 * Flexmark sets up a parser and a renderer for every document, which costs far more than the
 * text itself. The test is strict, so that anything Markdown could read as markup (emphasis,
 * code, links, autolinks, HTML, entities, escapes, list or heading starts, line breaks) still
 * goes to Flexmark; {@code PlainParagraphTest} checks that both give the same HTML.
 */
final class PlainParagraph {

    private PlainParagraph() {
    }

    /** {@code <p>text</p>} as Flexmark renders it, or null when the text needs Flexmark. */
    static String html(String markdown) {
        if (!isPlain(markdown)) {
            return null;
        }
        return "<p>" + HtmlText.escape(markdown) + "</p>\n";
    }

    static boolean isPlain(String text) {
        int length = text.length();
        if (length == 0 || length > 2000 || !startsProse(text.charAt(0)) || text.charAt(length - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < ' ' || c == 0x7f || isMarkup(c) || (c == '.' && isWww(text, i)) || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** A first character that cannot open a block (list, quote, heading, fence, indent, table, HTML). */
    private static boolean startsProse(char c) {
        return Character.isLetter(c) || c == '"' || c == '\'' || c == '(' || c == '¿' || c == '¡';
    }

    /**
     * Characters that can start inline markup, an entity or an autolink (an e-mail needs {@code @},
     * a URL {@code :}); {@code $} and {@code %} never do, but are kept out for the wiki and
     * glossary syntaxes of later versions to stay safe.
     */
    private static boolean isMarkup(char c) {
        return switch (c) {
            case '\\', '`', '*', '_', '[', ']', '!', '<', '>', '&', '#', '|', '~', ':', '@', '{', '}', '=', '+',
                 '^', '$', '%', '\u00a0' -> true;
            default -> false;
        };
    }

    /** "www." starts an autolink wherever it stands. */
    private static boolean isWww(String text, int dot) {
        return dot >= 3 && text.regionMatches(true, dot - 3, "www", 0, 3);
    }
}
