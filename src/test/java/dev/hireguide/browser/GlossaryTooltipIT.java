package dev.hireguide.browser;

import dev.hireguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A glossary term's definition is there for every reader: it shows on keyboard focus (and
 * screen readers announce it as the link's description), on hover, and on a first tap on a
 * touch screen, whose second tap follows the link; Escape hides it.
 */
class GlossaryTooltipIT {

    @RegisterExtension
    static final BrowserExtension browser = BrowserExtension.testSite(dir -> TestSite.minimal(dir)
            .write("content/glossary/jwt.md", "---\ntitle: JWT\nterm: JWT\nshort: A signed token that says who you are.\n---\n"
                    + "Tokens.\n")
            .write("content/articles/login.md", "---\ntitle: Login\n---\nAfter login the API hands out a JWT.\n"));

    /** Presses Tab until the glossary link has focus, as a keyboard user would reach it. */
    private static WebElement tabToTheTerm(Browser page) {
        WebElement link = page.find(".glossary-link");
        for (int i = 0; i < 30 && !link.equals(page.driver().switchTo().activeElement()); i++) {
            new Actions(page.driver()).sendKeys(Keys.TAB).perform();
        }
        assertEquals(link, page.driver().switchTo().activeElement(), "the term is reachable with Tab");
        return link;
    }

    @Test
    void opensWithTheKeyboardAndClosesWithEscape(Browser page) {
        page.open("articles/login/");
        WebElement tip = page.find(".glossary-tip");
        assertFalse(tip.isDisplayed(), "hidden until asked for");

        WebElement link = tabToTheTerm(page);

        assertTrue(tip.isDisplayed(), "focus shows the definition");
        assertEquals(tip.getDomAttribute("id"), link.getDomAttribute("aria-describedby"));
        assertEquals("A signed token that says who you are.", tip.getText());
        assertEquals("A signed token that says who you are.", description(page, link));

        new Actions(page.driver()).sendKeys(Keys.ESCAPE).perform();
        assertFalse(tip.isDisplayed(), "Escape hides it");
        assertEquals(link, page.driver().switchTo().activeElement(), "and keeps the focus where it was");

        new Actions(page.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        tabToTheTerm(page);
        assertTrue(tip.isDisplayed(), "focusing it again shows it again");
        assertEquals(List.of(), page.pageErrors());
    }

    @Test
    void opensOnHover(Browser page) {
        page.open("articles/login/");
        new Actions(page.driver()).moveToElement(page.find(".glossary-link")).perform();
        assertTrue(page.find(".glossary-tip").isDisplayed());
    }

    @Test
    void firstTapShowsTheDefinitionAndASecondFollowsTheLink(Browser page) {
        page.viewport(Browser.PHONE_WIDTH, 844);
        page.cdp("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
        page.open("articles/login/");
        WebElement tip = page.find(".glossary-tip");

        tap(page, page.find(".glossary-link"));
        assertTrue(tip.isDisplayed(), "a first tap shows the definition");
        assertEquals("articles/login/", page.path(), "and stays on the page");

        tap(page, page.find(".glossary-link"));
        page.waitFor("location.pathname.endsWith('/glossary/jwt/')");
    }

    /** A finger's tap at the middle of the element, through the DevTools protocol. */
    private static void tap(Browser page, WebElement element) {
        Map<String, Object> box = page.js("const r = arguments[0].getBoundingClientRect();"
                + " return {x: r.left + r.width / 2, y: r.top + r.height / 2};", element);
        List<Map<String, Object>> points = List.of(Map.of("x", box.get("x"), "y", box.get("y")));
        page.cdp("Input.dispatchTouchEvent", Map.of("type", "touchStart", "touchPoints", points));
        page.cdp("Input.dispatchTouchEvent", Map.of("type", "touchEnd", "touchPoints", List.of()));
    }

    /** The accessible description Chromium computes for the element, as a screen reader hears it. */
    @SuppressWarnings("unchecked")
    private static String description(Browser page, WebElement element) {
        page.cdp("Accessibility.enable", Map.of());
        String objectId = (String) ((Map<String, Object>) page.cdp("Runtime.evaluate", Map.of(
                "expression", "document.querySelector('.glossary-link')")).get("result")).get("objectId");
        Map<String, Object> tree = page.cdp("Accessibility.getPartialAXTree",
                Map.of("objectId", objectId, "fetchRelatives", false));
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) tree.get("nodes");
        Map<String, Object> description = (Map<String, Object>) nodes.get(0).get("description");
        return description == null ? "" : String.valueOf(description.get("value"));
    }
}
