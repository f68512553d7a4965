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
