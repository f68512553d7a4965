package dev.hireguide.yaml;

import dev.hireguide.diag.Diagnostic;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Shared helpers: parse at a line offset and compare diagnostics as printed. */
final class YamlAssertions {

    /** The YAML in these tests starts on line 2 of its file, after the opening "---". */
    static final int FIRST_LINE = 2;
    static final String FILE = "content/guides/rust.md";

    private YamlAssertions() {
    }

    static YamlResult parse(String yaml) {
        return StrictYaml.parse(yaml, FILE, FIRST_LINE);
    }

    static YamlDocument document(String yaml) {
        YamlResult result = parse(yaml);
        assertEquals(List.of(), result.diagnostics());
        return result.document().orElseThrow();
    }

    /** Asserts exactly one diagnostic, by its printed headline and its hint. */
    static void assertOnly(List<Diagnostic> diagnostics, String headline, String hint) {
        assertEquals(1, diagnostics.size(), () -> "diagnostics: " + diagnostics);
        assertEquals(headline, diagnostics.get(0).headline());
        assertEquals(hint, diagnostics.get(0).hint());
    }
}
