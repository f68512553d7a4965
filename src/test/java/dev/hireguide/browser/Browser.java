package dev.hireguide.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One Chromium tab, as a test drives it: open a page of the served site, find elements, run
 * script, emulate a phone, print media or dark mode, and save screenshots. Emulation goes
 * through the Chrome DevTools Protocol and lasts until {@link #reset()}, across navigations.
 * Pages always see {@code prefers-reduced-motion: reduce}, so that nothing animates.
 * {@link #driver()} gives the Selenium driver for anything else.
 */
public final class Browser implements AutoCloseable {

    /** A desktop's viewport, the default. */
    public static final int DESKTOP_WIDTH = 1280;
    /** A phone's viewport (an iPhone 12 to 15). */
    public static final int PHONE_WIDTH = 390;

    private final ChromeDriver driver;
    private final Runnable onClose;
    private String baseUrl = "about:blank";
    private String media = "";
    private String colorScheme = "";

    /** Runs before any script of every page: records script errors and resources that failed to load. */
    private static final String ERROR_RECORDER = """
            window.__pageErrors = [];
            window.addEventListener('error', function (e) {
              var t = e.target;
              window.__pageErrors.push(t && t !== window && (t.src || t.href)
                  ? 'could not load ' + (t.src || t.href)
                  : (e.message || 'error') + ' at ' + e.filename + ':' + e.lineno + ':' + e.colno);
            }, true);
            window.addEventListener('unhandledrejection', function (e) {
              window.__pageErrors.push('unhandled rejection: ' + e.reason);
            });
            """;

    Browser(ChromeDriver driver, Runnable onClose) {
        this.driver = driver;
        this.onClose = onClose;
        cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_RECORDER));
    }

    /** Makes {@link #open(String)} resolve paths against this site. */
    public Browser use(BrowserSite site) {
        this.baseUrl = site.baseUrl();
        return this;
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a page of the site by its path under the base URL: {@code ""}, {@code "guides/"}, {@code "questions/fastapi/?level=mid"}. */
    public Browser open(String path) {
        driver.get(url(path));
        return this;
    }

    /** The absolute address of a path of the site. */
    public String url(String path) {
        return baseUrl + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** The current page's path under the base URL, with its query, like {@code questions/fastapi/?level=mid}. */
    public String path() {
        String current = driver.getCurrentUrl();
        return current.startsWith(baseUrl) ? current.substring(baseUrl.length()) : current;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /**
     * The first link matching {@code css} that leads to {@code path} of the site, however its
     * href is written (the site's links are page-relative, like {@code ../guides/}).
     */
    public WebElement link(String css, String path) {
        String target = url(path);
        return findAll(css).stream().filter(a -> target.equals(a.getDomProperty("href"))).findFirst()
                .orElseThrow(() -> new AssertionError("no link `" + css + "` to /" + path + " on /" + path()));
    }

    /** Script errors and failed loads of scripts, styles and images on the open page, since it loaded. */
    public List<String> pageErrors() {
        List<String> errors = js("return window.__pageErrors || [];");
        return List.copyOf(errors);
    }

    /** Runs script in the page; {@code arguments[0]}… are the given values. */
    @SuppressWarnings("unchecked")
    public <T> T js(String script, Object... args) {
        return (T) driver.executeScript(script, args);
    }

    /** Runs script that finishes by calling {@code done(value)}, for promises. */
    @SuppressWarnings("unchecked")
    public <T> T jsAsync(String script, Object... args) {
        return (T) driver.executeAsyncScript("const done = arguments[arguments.length - 1];\n" + script, args);
    }

    /** Waits up to five seconds for a script expression to be true, and fails naming it. */
    public void waitFor(String expression, Object... args) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(
                    d -> Boolean.TRUE.equals(driver.executeScript("return !!(" + expression + ");", args)));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out after 5 s waiting for `" + expression + "` on " + path());
        }
    }

    /** Emulates a viewport {@code width} CSS pixels wide; below 768 as a phone, with a touch screen and meta viewport. */
    public Browser viewport(int width, int height) {
        cdp("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 768));
        return this;
    }

    /** Emulates a CSS media type: {@code "print"}, {@code "screen"}, or {@code ""} for none. */
    public Browser media(String type) {
        this.media = Objects.requireNonNull(type);
        return emulateMedia();
    }

    /** Emulates {@code prefers-color-scheme}: {@code "dark"}, {@code "light"}, or {@code ""} for the system's. */
    public Browser colorScheme(String scheme) {
        this.colorScheme = Objects.requireNonNull(scheme);
        return emulateMedia();
    }

    private Browser emulateMedia() {
        List<Map<String, String>> features = new ArrayList<>();
        // No smooth scrolling: Selenium scrolls an element into view and clicks at once, and
        // screenshots should not catch a page mid-scroll.
        features.add(Map.of("name", "prefers-reduced-motion", "value", "reduce"));
        if (!colorScheme.isEmpty()) {
            features.add(Map.of("name", "prefers-color-scheme", "value", colorScheme));
        }
        cdp("Emulation.setEmulatedMedia", Map.of("media", media, "features", features));
        return this;
    }

    /** Lets the page use the clipboard (read and write) without a prompt. */
    public Browser allowClipboard() {
        String origin = baseUrl.replaceFirst("^(https?://[^/]+).*$", "$1");
        cdp("Browser.grantPermissions", Map.of("origin", origin,
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        return this;
    }

    /** The computed value of a CSS property of the first element matching {@code css}. */
    public String style(String css, String property) {
        return js("return getComputedStyle(document.querySelector(arguments[0])).getPropertyValue(arguments[1]);",
                css, property);
    }

    /** Saves a PNG of the whole page, not only the viewport, as {@code target/screenshots/NAME.png}. */
    public Path screenshot(String name) {
        Map<String, Object> size = js("const e = document.scrollingElement;"
                + " return {width: Math.max(e.scrollWidth, innerWidth), height: Math.max(e.scrollHeight, innerHeight)};");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
                "width", ((Number) size.get("width")).intValue(), "height", ((Number) size.get("height")).intValue());
        Map<String, Object> shot = cdp("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Path file = Project.screenshots().resolve(name + ".png");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Sends a Chrome DevTools Protocol command to this tab. */
    public Map<String, Object> cdp(String command, Map<String, Object> parameters) {
        return driver.executeCdpCommand(command, parameters);
    }

    /** Back to a blank tab at a desktop's size, with no emulation and no permissions granted. */
    public void reset() {
        driver.get("about:blank");
        media = "";
        colorScheme = "";
        cdp("Emulation.clearDeviceMetricsOverride", Map.of());
        emulateMedia();
        cdp("Browser.resetPermissions", Map.of());
        driver.manage().deleteAllCookies();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            onClose.run();
        }
    }
}
