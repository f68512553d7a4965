package dev.hireguide.browser;

import dev.hireguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fixture itself, on an inline site published under a base path: pages, styles and
 * scripts load from the test server, and an unknown address gets the site's 404 page.
 * Also a short example of a browser test on a site written in the test.
 */
class BrowserSiteIT {

    @RegisterExtension
    static final BrowserExtension browser = BrowserExtension.site(dir -> BrowserSite.of(TestSite.minimal(dir)
            .write("content/notes/_index.md", "---\ntitle: Notes\n---\nAll notes.\n")
            .write("content/notes/first.md", "---\ntitle: First note\n---\n## Why\n\nBecause.\n"), "/hiring/"));

    @Test
    void servesTheSiteUnderItsBasePath(Browser page, BrowserSite site) {
        assertTrue(site.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+/hiring/"), site.baseUrl());

        page.open("notes/first/");

        assertEquals("First note", page.find("h1").getText());
        assertEquals(site.url("notes/first/"), page.find("link[rel=canonical]").getDomAttribute("href"));
        assertTrue(page.<Boolean>js("return [...document.styleSheets].some(s => s.href && s.cssRules.length > 0);"),
                "the theme's stylesheet loaded");
        assertEquals(List.of(), page.pageErrors());
    }

    @Test
    void followsLinksBetweenPages(Browser page) {
        page.open("notes/");
        page.link("main a", "notes/first/").click();
        assertEquals("notes/first/", page.path());
    }

    @Test
    void answersAnUnknownAddressWithTheNotFoundPage(Browser page) {
        page.open("no/such/page/");
        assertTrue(page.find("main").getText().length() > 0);
        assertEquals("404.html", page.js("return performance.getEntriesByType('navigation')[0].responseStatus === 404"
                + " ? '404.html' : 'status ' + performance.getEntriesByType('navigation')[0].responseStatus;"));
    }
}
