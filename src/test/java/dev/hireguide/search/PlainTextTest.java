package dev.hireguide.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlainTextTest {

    @Test
    void leavesGlossaryTooltipsOutOfTheText() {
        String html = "<p>We hand out a <span class=\"glossary\"><a class=\"glossary-link\" href=\"/glossary/jwt/\""
                + " aria-describedby=\"glossary-tip-jwt\">JWT</a><span class=\"glossary-tip\" id=\"glossary-tip-jwt\""
                + " role=\"tooltip\">A signed token.</span></span> after login.</p>";
        assertEquals("We hand out a JWT after login.", PlainText.ofHtml(html));
    }

    @Test
    void readsAPartOfTheHtmlAsTheWholeWouldBe() {
        String html = "<h2 id=\"a\">A</h2><p>Ask  about <em>retries</em> &amp; <code>idempotency</code>.</p>\n<ul><li>one</li><li>two</li></ul><h2 id=\"b\">B</h2>";
        int from = html.indexOf("<p>");
        int to = html.lastIndexOf("<h2");
        assertEquals("Ask about retries & idempotency. one two", PlainText.ofHtml(html, from, to));
        assertEquals(PlainText.ofHtml(html.substring(from, to)), PlainText.ofHtml(html, from, to));
    }

    /**
     * Random HTML of block and inline tags, glossary tooltips, entities, spaces of every kind,
     * question marks and characters beyond Latin-1 (emoji, CJK, a Unicode space), read whole and
     * in parts: the text is what reading the characters one at a time gives.
     */
    @Test
    void readsTheHtmlAsACharacterByCharacterReadingWould() {
        String[] pieces = {"<p>", "</p>", "<em>", "</em>", "<a href=\"/x/\">", "</a>", "<li>", "<h2 id=\"a\">", "<br>",
            " ", "  ", "\n", "\t", "\u00a0", "\u3000", "\u2003", "word", "R&amp;D", "&lt;b&gt;", "why?", "\u4e2d\u6587",
            "\uD83D\uDE80", "caf\u00e9", "<span class=\"glossary-tip\" role=\"tooltip\">A tip.</span>", "<code>", "</code>", "<"};
        java.util.Random random = new java.util.Random(21);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder html = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            String page = html.toString();
            int from = random.nextInt(3) == 0 ? random.nextInt(page.length() + 1) : 0;
            int to = random.nextInt(3) == 0 ? from + random.nextInt(page.length() - from + 1) : page.length();
            assertEquals(byCharacters(page, from, to), PlainText.ofHtml(page, from, to), page + " from " + from + " to " + to);
        }
    }

    /** What ofHtml gave when it read the HTML as an array of characters. */
    private static String byCharacters(String html, int from, int to) {
        String tip = "<span class=\"glossary-tip\"";
        java.util.List<String> inline = java.util.List.of("a", "em", "strong", "code", "del", "s", "sub", "sup", "kbd", "abbr",
                "mark", "span", "b", "i");
        StringBuilder out = new StringBuilder();
        boolean space = false;
        boolean entities = false;
        int i = from;
        while (i < to) {
            char c = html.charAt(i);
            if (c == '<' && html.startsWith(tip, i)) {
                int close = html.indexOf("</span>", i);
                i = close < 0 || close >= to ? to : close + "</span>".length();
                continue;
            }
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0 || end >= to) {
                    break;
                }
                int start = html.charAt(i + 1) == '/' ? i + 2 : i + 1;
                int nameEnd = start;
                while (Character.isLetterOrDigit(html.charAt(nameEnd))) {
                    nameEnd++;
                }
                if (!inline.contains(html.substring(start, nameEnd))) {
                    space = out.length() > 0;
                }
                i = end + 1;
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                i++;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            entities |= c == '&';
            out.append(c);
            i++;
        }
        String text = out.toString();
        return entities ? PlainText.collapse(dev.hireguide.markdown.HtmlText.unescape(text)) : text;
    }

    @Test
    void collapsesWhiteSpace() {
        assertEquals("a b c", PlainText.collapse(" a  b\u00a0\nc "));
        assertEquals("a b", PlainText.collapse("a b"));
    }

    /** Every kind of white space Character knows, a no-break space, and letters: collapsed as Character's tests say. */
    @Test
    void collapsesWhatCharacterCallsWhiteSpace() {
        String alphabet = "ab  \t\n\u000b\u001c\u001f\u0085\u00a0\u2003\u2007\u3000\u200bé";
        java.util.Random random = new java.util.Random(8);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            StringBuilder expected = new StringBuilder();
            boolean space = false;
            for (char c : text.toString().toCharArray()) {
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    space = expected.length() > 0;
                } else {
                    expected.append(space ? " " : "").append(c);
                    space = false;
                }
            }
            assertEquals(expected.toString(), PlainText.collapse(text.toString()), text::toString);
        }
    }
}
