package dev.hireguide.serve;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestPathTest {

    @Test
    void decodesPlainPathsIntoFileNames() {
        assertEquals(new RequestPath(List.of(), true), RequestPath.parse("/").orElseThrow());
        assertEquals(new RequestPath(List.of("guides", "fastapi"), true), RequestPath.parse("/guides/fastapi/").orElseThrow());
        assertEquals(new RequestPath(List.of("css", "site.css"), false), RequestPath.parse("/css/site.css").orElseThrow());
        assertEquals(List.of("salary chart.png"), RequestPath.parse("/salary%20chart.png").orElseThrow().segments());
        assertEquals(List.of("café"), RequestPath.parse("/caf%C3%A9").orElseThrow().segments());
        assertEquals(List.of("a+b"), RequestPath.parse("/a+b").orElseThrow().segments());
        assertEquals(List.of("..a", "a.."), RequestPath.parse("/..a/a..").orElseThrow().segments());
    }

    @Test
    void refusesAnythingThatIsNotAPlainFileName() {
        for (String raw : List.of("", "guides", "/..", "/../x", "/a/../b", "/.", "/./x", "/%2e%2e/x", "/%2E./x",
                "/a%2fb", "/a%2Fb", "/a%5cb", "/a\\b", "//x", "/a//b", "/x%00", "/%00", "/a%0a", "/a%7f", "/%",
                "/%4", "/%zz", "/%c0%ae", "/%e9", "/%ff")) {
            assertEquals(Optional.empty(), RequestPath.parse(raw), raw);
        }
    }

    @Test
    void knowsHiddenFiles() {
        assertTrue(RequestPath.parse("/.hireguide-output").orElseThrow().hidden());
        assertTrue(RequestPath.parse("/a/%2egit/config").orElseThrow().hidden());
        assertFalse(RequestPath.parse("/a/b.c").orElseThrow().hidden());
    }
}
