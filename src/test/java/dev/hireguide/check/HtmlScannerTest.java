package dev.hireguide.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlScannerTest {

    private static List<String> urls(HtmlScanner.Scan scan) {
        return scan.urls().stream().map(a -> a.name() + "=" + a.value()).toList();
    }

    @Test
    void readsIdsLinksAndImagesInAnyQuoting() {
        HtmlScanner.Scan scan = HtmlScanner.scan("<h2 id=\"salary\">Salary</h2>\n<a class=\"x\" href=\"/a/#b\">a</a>"
                + "<img alt='' src='/c.png'><a\nhref=/d/>d</a><p id=a&amp;b>");
        assertEquals(List.of("salary", "a&b"), scan.ids());
        assertEquals(List.of("href=/a/#b", "href=/d/", "src=/c.png"), urls(scan));
    }

    @Test
    void ignoresTextCommentsScriptsAndOtherAttributes() {
        HtmlScanner.Scan scan = HtmlScanner.scan("<p>write href=\"x\" and id=\"y\" in text</p>"
                + "<!-- <a href=\"/old/\"> --><script src=\"/s.js\">var a = '<a href=\"/in-js/\">';</script>"
                + "<style>a[href=\"/css/\"]{}</style><div data-id=\"z\" data-href=\"/no/\"></div>");
        assertEquals(List.of(), scan.ids());
        assertEquals(List.of("src=/s.js"), urls(scan));
    }
}
