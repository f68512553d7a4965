package dev.hireguide.browser;

import dev.hireguide.browser.SamplePages.PageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every main page type at a phone's and a desktop's width, in print and in dark mode. Saves
 * a full-page screenshot of each under target/screenshots/ for a person to look at.
 */
class LayoutIT {

    @RegisterExtension
    static final BrowserExtension browser = BrowserExtension.sampleSite();

    /** Lists what sticks out past the right edge, deepest first, to say what to fix. */
    private static final String OVERFLOW = """
            const limit = innerWidth + 0.5;
            const out = [];
            for (const e of document.body.querySelectorAll('*')) {
              const r = e.getBoundingClientRect();
              if (r.width > 0 && r.right > limit && !e.closest('[hidden]')) {
                out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (e.className && e.className.baseVal === undefined && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                    + ' right=' + Math.round(r.right));
              }
            }
            return out.reverse().slice(0, 8);
            """;

    static Stream<Arguments> pagesAndWidths() {
        return SamplePages.MAIN.stream().flatMap(type -> Stream.of(
                Arguments.of(type, Browser.PHONE_WIDTH), Arguments.of(type, Browser.DESKTOP_WIDTH)));
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("pagesAndWidths")
    void nothingOverflowsSideways(PageType type, int width, Browser page) {
        page.viewport(width, width < 768 ? 844 : 800).open(type.path());

        page.screenshot(type.name() + (width < 768 ? "-phone" : "-desktop"));
        long innerWidth = page.js("return innerWidth;");
        long scrollWidth = page.js("return document.scrollingElement.scrollWidth;");
        assertEquals(width, innerWidth, "the page lays out at the device's width");
        List<String> culprits = page.js(OVERFLOW);
        assertTrue(scrollWidth <= innerWidth, () -> "the page is " + scrollWidth + " px wide in a " + innerWidth
                + " px viewport; these stick out: " + culprits);
        assertEquals(List.of(), page.pageErrors(), "no script errors or failed loads");
    }

    @Test
    void printHidesTheNavigationAndShowsTheWholeQuestionKit(Browser page) {
        page.open(SamplePages.QUESTIONS.path());
        assertTrue(page.find(".site-nav").isDisplayed());
        assertTrue(page.find("#q-filters").isDisplayed());

        page.media("print");

        assertEquals("none", page.style(".site-nav", "display"));
        assertEquals("none", page.style(".site-footer", "display"));
        assertTrue(page.findAll(".q-title").stream().allMatch(e -> e.isDisplayed()), "every question prints");
        page.screenshot("questions-print");
    }

    @Test
    void darkModeChangesTheColours(Browser page) {
        page.colorScheme("light").open(SamplePages.GUIDE.path());
        String lightBackground = page.style("body", "background-color");
        String lightText = page.style("body", "color");

        page.colorScheme("dark");

        assertNotEquals(lightBackground, page.style("body", "background-color"));
        assertNotEquals(lightText, page.style("body", "color"));
        assertTrue(page.<Boolean>js("return matchMedia('(prefers-color-scheme: dark)').matches;"));
        page.screenshot("guide-dark");
        page.open(SamplePages.HOME.path()).screenshot("home-dark");
    }
}
