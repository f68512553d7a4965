package dev.hireguide.output;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RelativeUrlsTest {

    @Test
    void rewritesSiteUrlsRelativeToThePage() {
        String html = "<link href=\"/hiring/css/site.css\"><a href=\"/hiring/\">home</a><a href=\"/hiring/guides/x/#pay\">x</a>"
                + "<img src=\"/hiring/guides/fastapi/chart.png\">";
        assertEquals("<link href=\"../../css/site.css\"><a href=\"../../\">home</a><a href=\"../../guides/x/#pay\">x</a>"
                + "<img src=\"chart.png\">", RelativeUrls.rewrite(html, "/hiring/", "guides/fastapi/"));
    }

    @Test
    void linksToThePageItselfAndFromTheHomePage() {
        assertEquals("<a href=\"./\">me</a><a href=\"./#top\">top</a>",
                RelativeUrls.rewrite("<a href=\"/g/\">me</a><a href=\"/g/#top\">top</a>", "/", "g/"));
        assertEquals("<a href=\"./\">home</a><a href=\"guides/\">g</a>",
                RelativeUrls.rewrite("<a href=\"/\">home</a><a href=\"/guides/\">g</a>", "/", ""));
    }

    @Test
    void leavesOtherUrlsAlone() {
        String html = "<a href=\"https://x.org/hiring/\">x</a><a href=\"#a\">a</a><a href=\"//cdn.example/x\">c</a>"
                + "<a href=\"/other/\">o</a><p>href=\"/hiring/not-an-attribute\"</p>";
        assertEquals(html, RelativeUrls.rewrite(html, "/hiring/", "guides/"));
    }

    @Test
    void rootBasePathDoesNotTouchProtocolRelativeUrls() {
        assertEquals("<a href=\"//cdn.example/x\">c</a><a href=\"../a/\">a</a>",
                RelativeUrls.rewrite("<a href=\"//cdn.example/x\">c</a><a href=\"/a/\">a</a>", "/", "g/"));
    }
}
