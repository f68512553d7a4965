package dev.hireguide.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Without Chromium, the browser tests fail and say what to install (checked without a browser). */
class ChromiumTest {

    @Test
    void failsNamingThePathAndWhatToInstallWhenChromiumIsMissing(@TempDir Path dir) {
        String missing = dir.resolve("no-chromium").toString();
        System.setProperty("hireguide.test.chromium", missing);
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Chromium.locate("hireguide.test.chromium", "HIREGUIDE_TEST_CHROMIUM", "/usr/bin/chromium", "Chromium"));
            assertTrue(e.getMessage().startsWith("Chromium is needed for the browser tests, but " + missing
                    + " (from -Dhireguide.test.chromium) is missing"), e.getMessage());
            assertTrue(e.getMessage().contains("apt-get install -y chromium chromium-driver"), e.getMessage());
        } finally {
            System.clearProperty("hireguide.test.chromium");
        }
    }

    @Test
    void refusesAFileThatCannotRun(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("chromedriver"), "not a program");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Chromium.locate("hireguide.test.none", "HIREGUIDE_TEST_NONE", text.toString(), "chromedriver"));
        assertTrue(e.getMessage().contains(text + " (from the default path) is not an executable file"), e.getMessage());
    }

    @Test
    void runsChromiumHeadlessOfflineWithAFreshProfile() {
        var arguments = Chromium.arguments(Path.of("/tmp/profile"));
        for (String flag : new String[] {"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
                "--user-data-dir=/tmp/profile"}) {
            assertTrue(arguments.contains(flag), flag);
        }
    }
}
