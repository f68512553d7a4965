package dev.hireguide.config;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BaseUrlTest {

    @Test
    void addsTrailingSlashAndLowercasesSchemeAndHost() {
        assertEquals(Optional.of("https://intranet.example.com/hiring/"),
                BaseUrl.normalise("HTTPS://Intranet.Example.com/hiring"));
        assertEquals(Optional.of("http://localhost:1313/"), BaseUrl.normalise("http://localhost:1313"));
    }

    @Test
    void refusesRelativeScriptAndQueryUrls() {
        assertEquals(Optional.empty(), BaseUrl.normalise("/hiring/"));
        assertEquals(Optional.empty(), BaseUrl.normalise("javascript:alert(1)"));
        assertEquals(Optional.empty(), BaseUrl.normalise("https://x.org/?a=1"));
        assertEquals(Optional.empty(), BaseUrl.normalise("https://x.org/a/../b/"));
        assertEquals(Optional.empty(), BaseUrl.normalise(" "));
    }

    @Test
    void pathOfGivesTheBasePath() {
        assertEquals("/hiring/", BaseUrl.pathOf("https://x.org/hiring/"));
        assertEquals("/", BaseUrl.pathOf("https://x.org/"));
    }
}
