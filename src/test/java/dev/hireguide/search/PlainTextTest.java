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
}
