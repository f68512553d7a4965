package dev.hireguide.browser;

import dev.hireguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Titles and queries are text, never markup; and search works under a base path. */
class SearchEscapingIT {

    private static final String NASTY = "</script><img src=x onerror=\"window.__pwned=1\">Scripted";

    @RegisterExtension
    static final BrowserExtension browser = BrowserExtension.site(dir -> BrowserSite.of(TestSite.minimal(dir)
            .write("content/glossary/nasty.md", "---\ntitle: '" + NASTY + "'\nterm: Scripted\n"
                    + "short: A term whose title is markup.\n---\nA scripted <b>body</b>.\n")
            .write("content/glossary/plain.md", "---\ntitle: Plain\nterm: Plain\nshort: Nothing special.\n---\nPlain text.\n"),
            "/hiring/"));

    @Test
    void aTitleWithMarkupShowsAsTextUnderABasePath(Browser page) {
        page.open("glossary/plain/");
        page.js("document.addEventListener('hireguide:search', e => { window.__lastSearch = e.detail.facets ? e.detail.query : null; });");
        new Actions(page.driver()).sendKeys("/").perform();
        page.driver().switchTo().activeElement().sendKeys("scripted <img src=y onerror=window.__pwned=2>");
        page.waitFor("window.__lastSearch === arguments[0]", "scripted <img src=y onerror=window.__pwned=2>");
        List<WebElement> hits = page.findAll(".search-result");
        assertTrue(!hits.isEmpty(), "the term is found");
        WebElement title = hits.get(0).findElement(By.cssSelector(".search-result-title"));
        assertEquals(NASTY, title.getText());
        assertEquals(0L, (long) page.js("return document.querySelectorAll('.search-panel img').length;"));
        assertNull(page.js("return window.__pwned;"));
        assertTrue(hits.get(0).findElement(By.tagName("a")).getDomProperty("href").startsWith(page.url("glossary/nasty/")),
                "links keep the base path");
        assertEquals(List.of(), page.pageErrors());
    }
}
