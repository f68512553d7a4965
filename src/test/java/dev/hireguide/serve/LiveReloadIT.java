package dev.hireguide.serve;

import dev.hireguide.browser.Browser;
import dev.hireguide.browser.Chromium;
import dev.hireguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Live reload in a real browser: a save reloads the open page; a bad save shows its errors, as text, over it. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class LiveReloadIT {

    @TempDir
    Path dir;

    private static String page(String weight, String text) {
        return "---\ntitle: Hiring FastAPI developers\nweight: " + weight + "\n---\n" + text + "\n";
    }

    @Test
    void aSaveReloadsTheOpenPageAndABadSaveShowsItsErrorsOverIt() throws Exception {
        TestSite site = TestSite.minimal(dir).write("content/articles/fastapi.md", page("1", "First text."));
        try (RunningServer server = new RunningServer(site); Browser browser = Chromium.start()) {
            ChromeDriver driver = browser.driver();
            driver.get(server.uri("/articles/fastapi/").toString());
            waitFor(driver, "document.body.textContent.includes('First text.')");

            driver.executeScript("window.__samePage = true;");
            site.write("content/articles/fastapi.md", page("1", "Second text."));
            waitFor(driver, "!window.__samePage && document.body.textContent.includes('Second text.')");

            driver.executeScript("window.__samePage = true;");
            site.write("content/articles/fastapi.md", page("<img src=x onerror=window.__injected=1>", "Broken."));
            waitFor(driver, "document.getElementById('hireguide-errors')"
                    + " && document.getElementById('hireguide-errors').textContent.includes('content/articles/fastapi.md:3:9: error: ')");
            assertEquals(Boolean.TRUE, driver.executeScript("return window.__samePage === true;"),
                    "the errors come over the page, which is not reloaded");
            assertTrue((Boolean) driver.executeScript("return document.body.textContent.includes('Second text.');"),
                    "the last good page stays under the errors");
            assertOverlayIsText(driver);

            driver.navigate().refresh();
            waitFor(driver, "document.getElementById('hireguide-errors')");
            assertOverlayIsText(driver);

            site.write("content/articles/fastapi.md", page("1", "Third text."));
            waitFor(driver, "!document.getElementById('hireguide-errors') && document.body.textContent.includes('Third text.')");
            assertEquals(List.of(), browser.pageErrors());
        }
    }

    private static void assertOverlayIsText(ChromeDriver driver) {
        String text = (String) driver.executeScript("return document.getElementById('hireguide-errors').textContent;");
        assertTrue(text.contains("<img src=x onerror=window.__injected=1>"), text);
        assertNull(driver.executeScript("return document.querySelector('#hireguide-errors img');"));
        assertNull(driver.executeScript("return window.__injected === undefined ? null : window.__injected;"));
    }

    private static void waitFor(ChromeDriver driver, String expression) {
        try {
            new WebDriverWait(driver, RunningServer.WAIT).until(
                    d -> Boolean.TRUE.equals(driver.executeScript("return !!(" + expression + ");")));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for `" + expression + "` on " + driver.getCurrentUrl()
                    + "; page text: " + driver.executeScript("return document.body && document.body.textContent;"));
        }
    }
}
