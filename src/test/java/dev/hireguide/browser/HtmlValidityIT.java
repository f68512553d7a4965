package dev.hireguide.browser;

import dev.hireguide.build.BuildOptions;
import dev.hireguide.build.BuildResult;
import dev.hireguide.build.SiteBuilder;
import dev.hireguide.content.Audience;
import dev.hireguide.diag.DiagnosticFormatter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page of the sample site, built as it is published (its own base URL) for both
 * audiences, passes the Nu Html Checker with no errors. Warnings are printed, not failed on.
 * Errors are listed as {@code target/nu-site-public/guides/x/index.html:12:5: error: message}.
 */
class HtmlValidityIT {

    private static NuChecker checker;

    @BeforeAll
    static void setUp() {
        checker = new NuChecker();
    }

    @ParameterizedTest(name = "{0} build")
    @EnumSource(Audience.class)
    void everyPageIsValidHtml(Audience audience) throws Exception {
        Path out = Project.target().resolve("nu-site-" + audience.name().toLowerCase());
        BuildResult result = SiteBuilder.build(BuildOptions.of(Project.root()).withOut(out).withAudience(audience));
        assertFalse(result.failed(), () -> "the sample site did not build:\n" + DiagnosticFormatter.text(result.diagnostics()));

        List<Path> pages = htmlFiles(out);
        assertTrue(pages.size() > result.pages(), () -> "expected a file per page and 404.html, found " + pages.size());
        List<NuChecker.Message> errors = new ArrayList<>();
        for (Path page : pages) {
            String name = Project.root().relativize(out.resolve(out.relativize(page))).toString();
            for (NuChecker.Message message : checker.check(page, name)) {
                if (message.error()) {
                    errors.add(message);
                } else {
                    System.out.println(message);
                }
            }
        }
        assertEquals(List.of(), errors, () -> errors.size() + " Nu Html Checker errors in " + pages.size()
                + " pages:\n" + errors.stream().map(Object::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void reportsErrorsWithFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("bad.html"),
                "<!DOCTYPE html>\n<html lang=\"en\">\n<title>Bad</title>\n<p><div>block in a paragraph</p>\n<img src=\"x.png\">\n");

        List<String> errors = checker.check(page, "site/bad.html").stream()
                .filter(NuChecker.Message::error).map(Object::toString).toList();

        assertTrue(errors.stream().anyMatch(e -> e.matches("site/bad\\.html:5:\\d+: error: .*alt.*")), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("site/bad.html:4:")), errors::toString);
    }

    private static List<Path> htmlFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        }
    }
}
