package dev.hireguide.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "javascript:alert(1)", "JaVaScRiPt:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)",
            "\tjavascript:alert(1)", "\u0000javascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
            "java\rscript:alert(1)", "jav\u00adascript:alert(1)", "java\u200bscript:alert(1)",
            "\u00a0javascript:alert(1)", "\u3000javascript:alert(1)",
            "java&#x09;script:alert(1)", "&#106;avascript:alert(1)", "&#0000106avascript:alert(1)",
            "&#x6A;avascript&#x3A;alert(1)", "javascript&colon;alert(1)", "javascript&#58;alert(1)",
            "&amp;#106;avascript:alert(1)", "%6Aavascript:alert(1)", "java%09script:alert(1)",
            "java%0ascript:alert(1)", "javascript%3Aalert(1)", "%256Aavascript:alert(1)",
            "javascript://example.com/%0aalert(1)", "vbscript:msgbox(1)", "VBScript:msgbox(1)",
            "data:text/html;base64,PHNjcmlwdD4=", "DATA:text/html,x", "file:///etc/passwd", "ftp://example.com/",
            "about:blank", "blob:https://example.com/x", "jar:file:x!/y", "x-custom:thing"})
    void refusesJavascriptUrlInAnySpelling(String url) {
        assertFalse(UrlPolicy.isSafe(url, UrlPolicy.Use.LINK), url);
        assertFalse(UrlPolicy.isSafe(url, UrlPolicy.Use.IMAGE), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://example.com/", "HTTPS://example.com/a?b=c#d", "mailto:jobs@example.com", "tel:+4930123456",
            "/guides/fastapi/", "guides/fastapi/", "../guides/", "./a.png", "#salary", "?q=1", "",
            "//cdn.example.com/x.png", "guides/a:b", "/a:b", "#a:b", "?a=b:c"})
    void allowsWebMailPhoneAndRelativeLinks(String url) {
        assertTrue(UrlPolicy.isSafe(url, UrlPolicy.Use.LINK), url);
    }

    /** The quick answer for plain relative URLs is the one their canonical form gives, on random URLs. */
    @Test
    void plainUrlsAreJudgedAsTheirCanonicalForm() {
        String[] pieces = {"/", "guides", "a", "J", "javascript", "script", ":", "&", "#", "x3A;", "&colon;", "%", "3a",
            "%3A", "?", "=", ".", "-", "_", "~", "\t", " ", "\u00ad", "\u200b", "é", "data", "image/png", ";", ",", "\u007f"};
        java.util.Random random = new java.util.Random(5);
        int plain = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder url = new StringBuilder();
            for (int k = random.nextInt(6); k > 0; k--) {
                url.append(pieces[random.nextInt(pieces.length)]);
            }
            for (UrlPolicy.Use use : UrlPolicy.Use.values()) {
                assertEquals(UrlPolicy.isSafeCanonically(url.toString(), use), UrlPolicy.isSafe(url.toString(), use),
                        url + " as " + use);
            }
            plain += url.chars().allMatch(c -> c > ' ' && c < 0x7f && c != ':' && c != '&' && c != '%') ? 1 : 0;
        }
        // Both kinds are tried: plain URLs (the quick answer) and others.
        assertTrue(plain > 2_000 && plain < 18_000, "plain: " + plain);
    }

    @Test
    void allowsOnlyRasterDataImages() {
        for (String type : new String[] {"png", "gif", "jpeg", "webp", "PNG"}) {
            assertTrue(UrlPolicy.isSafe("data:image/" + type + ";base64,AAAA", UrlPolicy.Use.IMAGE), type);
            assertFalse(UrlPolicy.isSafe("data:image/" + type + ";base64,AAAA", UrlPolicy.Use.LINK), type);
        }
        assertTrue(UrlPolicy.isSafe("data:image/png,AAAA", UrlPolicy.Use.IMAGE));
        assertFalse(UrlPolicy.isSafe("data:image/svg+xml;base64,AAAA", UrlPolicy.Use.IMAGE));
        assertFalse(UrlPolicy.isSafe("data:image/pngx;base64,AAAA", UrlPolicy.Use.IMAGE));
        assertFalse(UrlPolicy.isSafe("data:image/png", UrlPolicy.Use.IMAGE));
        assertFalse(UrlPolicy.isSafe("mailto:a@b.c", UrlPolicy.Use.IMAGE));
    }

    @Test
    void prefixesOnlyRootRelativeUrls() {
        assertEquals("/hiring/guides/x/", UrlPolicy.withBasePath("/guides/x/", "/hiring/"));
        assertEquals("/hiring/", UrlPolicy.withBasePath("/", "/hiring/"));
        assertEquals("/guides/x/", UrlPolicy.withBasePath("/guides/x/", "/"));
        assertEquals("//cdn.example.com/x", UrlPolicy.withBasePath("//cdn.example.com/x", "/hiring/"));
        assertEquals("/\\evil.example", UrlPolicy.withBasePath("/\\evil.example", "/hiring/"));
        assertEquals("guides/", UrlPolicy.withBasePath("guides/", "/hiring/"));
        assertEquals("#top", UrlPolicy.withBasePath("#top", "/hiring/"));
        assertEquals("https://example.com/", UrlPolicy.withBasePath("https://example.com/", "/hiring/"));
    }

    @Test
    void spellsOutControlCharactersAndShortensUrlsForMessages() {
        assertEquals("java\\tscript:x", UrlPolicy.forMessage("java\tscript:x"));
        assertEquals("a\\u200bb", UrlPolicy.forMessage("a\u200bb"));
        assertEquals("a'b", UrlPolicy.forMessage("a`b"));
        String shortened = UrlPolicy.forMessage("data:text/html," + "x".repeat(100));
        assertEquals(60, shortened.length());
        assertTrue(shortened.endsWith("…"));
    }
}
