package dev.hireguide.browser;

import dev.hireguide.browser.SamplePages.PageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** axe-core finds no serious or critical violation on any main page type, in light and in dark mode. */
class AccessibilityIT {

    @RegisterExtension
    static final BrowserExtension browser = BrowserExtension.sampleSite();

    static Stream<Arguments> pagesAndSchemes() {
        return SamplePages.MAIN.stream().flatMap(type -> Stream.of(Arguments.of(type, "light"), Arguments.of(type, "dark")));
    }

    @Test
    void reportsWhatItFinds(Browser page) {
        page.open(SamplePages.HOME.path());
        page.js("document.querySelector('main').insertAdjacentHTML('beforeend', '<button id=\"nameless\"></button>');");

        List<Axe.Violation> violations = Axe.run(page);

        Axe.Violation nameless = violations.stream().filter(v -> v.rule().equals("button-name")).findFirst()
                .orElseThrow(() -> new AssertionError("axe-core missed a button with no name: " + violations));
        assertEquals("critical", nameless.impact());
        assertTrue(nameless.describe().contains("#nameless"), nameless.describe());
    }

    @ParameterizedTest(name = "{0} in {1} mode")
    @MethodSource("pagesAndSchemes")
    void hasNoSeriousViolations(PageType type, String scheme, Browser page) {
        page.colorScheme(scheme).open(type.path());

        List<Axe.Violation> violations = Axe.run(page);

        violations.stream().filter(v -> !Axe.SERIOUS.contains(v.impact()))
                .forEach(v -> System.out.println("/" + type.path() + " (" + scheme + "): " + v.impact() + ": " + v.rule() + ": " + v.help()));
        List<Axe.Violation> serious = violations.stream().filter(v -> Axe.SERIOUS.contains(v.impact())).toList();
        assertEquals(List.of(), serious.stream().map(Axe.Violation::rule).toList(), () -> "axe-core on /" + type.path()
                + " in " + scheme + " mode:\n" + serious.stream().map(Axe.Violation::describe).collect(Collectors.joining("\n")));
    }
}
