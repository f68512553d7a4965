package dev.hireguide.template;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UrlFunctionTest {

    @Test
    void joinsBasePathAndSitePath() {
        assertEquals("/hiring/css/site.css", UrlFunction.resolve("/hiring/", "css/site.css"));
        assertEquals("/hiring/guides/", UrlFunction.resolve("/hiring/", "/guides/"));
        assertEquals("/hiring/", UrlFunction.resolve("/hiring/", ""));
        assertEquals("/guides/", UrlFunction.resolve("/", "/guides/"));
    }

    @Test
    void leavesUrlsThatAlreadyHaveTheBasePathOrAreAbsolute() {
        assertEquals("/hiring/guides/", UrlFunction.resolve("/hiring/", "/hiring/guides/"));
        assertEquals("https://x.org/", UrlFunction.resolve("/hiring/", "https://x.org/"));
        assertEquals("#main", UrlFunction.resolve("/hiring/", "#main"));
    }
}
