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
}
