package dev.hireguide.check;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class UrlTextTest {

    @Test
    void normalizesDotSegmentsAndKeepsQueryAndFragment() {
        assertEquals("guides/fastapi/", UrlText.normalize("guides/./x/../fastapi/"));
        assertEquals("guides/", UrlText.normalize("guides/fastapi/.."));
        assertEquals("guides/", UrlText.normalize("guides/."));
        assertEquals("a/b#x/../y", UrlText.normalize("a/./b#x/../y"));
        assertNull(UrlText.normalize("../outside"));
    }

    @Test
    void decodesPercentEscapesButNotPlusOrBrokenEscapes() {
        assertEquals("c# basics", UrlText.decode("c%23%20basics"));
        assertEquals("a+b", UrlText.decode("a+b"));
        assertEquals("100%", UrlText.decode("100%"));
    }
}
