package dev.hireguide.browser;

import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Starts Debian's headless Chromium through Debian's chromedriver, both at paths set
 * explicitly, so that Selenium never downloads a driver or a browser. A test that cannot
 * start Chromium fails with a message that says what to install; it is never skipped.
 *
 * <p>Paths: {@code -Dhireguide.chromium} or {@code HIREGUIDE_CHROMIUM} (default
 * {@code /usr/bin/chromium}), {@code -Dhireguide.chromedriver} or {@code HIREGUIDE_CHROMEDRIVER}
 * (default {@code /usr/bin/chromedriver}).
 */
public final class Chromium {

    static final String INSTALL_HINT = "install both with `apt-get update && apt-get install -y chromium chromium-driver`"
            + " (.ci/run does this), or point -Dhireguide.chromium / -Dhireguide.chromedriver"
            + " (HIREGUIDE_CHROMIUM / HIREGUIDE_CHROMEDRIVER) at them";

    /** The switches the tests run Chromium with: headless, offline, no first-run work, a fresh profile. */
    static List<String> arguments(Path profile) {
        return List.of(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
                "--disable-quic",
                "--disable-dev-shm-usage",
                "--disable-default-apps",
                "--disable-domain-reliability",
                "--no-pings",
                // Only the test server's address resolves, so a page or Chromium itself cannot
                // reach out to any other host.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                // Scrollbars would take width from the page and show in screenshots.
                "--hide-scrollbars",
                "--window-size=1280,800",
                "--user-data-dir=" + profile);
    }

    /**
     * Selenium looks for a CDP helper matching the browser's version and warns when it has none;
     * the tests send DevTools commands through chromedriver instead, which needs no helper.
     * A strong reference, so that the setting is not collected with the logger.
     */
    private static final Logger CDP_VERSION_LOGGER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_LOGGER.setLevel(Level.OFF);
    }

    private Chromium() {
    }

    /** Starts a browser; close the returned {@link Browser} to stop it and delete its profile. */
    public static Browser start() {
        Path binary = locate("hireguide.chromium", "HIREGUIDE_CHROMIUM", "/usr/bin/chromium", "Chromium");
        Path driverBinary = locate("hireguide.chromedriver", "HIREGUIDE_CHROMEDRIVER", "/usr/bin/chromedriver",
                "chromedriver");
        Path profile;
        try {
            Files.createDirectories(Project.target());
            profile = Files.createTempDirectory(Project.target(), "chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a Chromium profile folder", e);
        }
        // Selenium reads this before it would ask Selenium Manager for a driver.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, driverBinary.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driverBinary.toFile())
                .usingAnyFreePort()
                .withLogFile(Project.target().resolve("chromedriver.log").toFile())
                .withLogLevel(ChromiumDriverLogLevel.WARNING)
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toFile());
        options.addArguments(arguments(profile));
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return new Browser(driver, () -> deleteTree(profile));
        } catch (SessionNotCreatedException e) {
            deleteTree(profile);
            throw new IllegalStateException("could not start Chromium " + binary + " with chromedriver "
                    + driverBinary + ": " + firstLine(e.getMessage()) + ". Their versions must match; "
                    + INSTALL_HINT + ". chromedriver's log: " + Project.target().resolve("chromedriver.log"), e);
        } catch (WebDriverException e) {
            deleteTree(profile);
            throw new IllegalStateException("could not start chromedriver " + driverBinary + ": "
                    + firstLine(e.getMessage()) + "; " + INSTALL_HINT, e);
        }
    }

    /** The binary named by a system property, an environment variable or the default; fails if it cannot run. */
    static Path locate(String property, String variable, String fallback, String what) {
        String value = System.getProperty(property);
        String from = "-D" + property;
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
            from = variable;
        }
        if (value == null || value.isBlank()) {
            value = fallback;
            from = "the default path";
        }
        Path path = Path.of(value);
        if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
            throw new IllegalStateException(what + " is needed for the browser tests, but " + path + " (from " + from
                    + ") is " + (Files.exists(path) ? "not an executable file" : "missing") + "; " + INSTALL_HINT + ".");
        }
        return path;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A profile left behind in target/ does no harm; mvn clean removes it.
        }
    }
}
