package dev.hireguide.yaml;

import org.junit.jupiter.api.Test;

import static dev.hireguide.yaml.YamlAssertions.assertOnly;
import static dev.hireguide.yaml.YamlAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Malformed YAML: one readable sentence at the file's line and column, and what to check. */
class SyntaxErrorsTest {

    @Test
    void reportsUnclosedQuoteAtTheOpeningQuote() {
        YamlResult result = parse("title: \"Hiring a Rust engineer\nweight: 1\n");

        assertTrue(result.document().isEmpty());
        assertOnly(result.diagnostics(),
                "content/guides/rust.md:2:8: error: this quoted text is never closed",
                "add the closing quote; check the indentation and quoting near here");
    }

    @Test
    void reportsTabIndentation() {
        YamlResult result = parse("market:\n\tmin: 1\n");

        assertOnly(result.diagnostics(),
                "content/guides/rust.md:3:1: error: a tab is used for indentation",
                "indent with spaces, not tabs");
    }

    @Test
    void reportsLineIndentedLessThanItsSiblings() {
        YamlResult result = parse("market:\n  min: 1\n max: 2\n");

        assertOnly(result.diagnostics(),
                "content/guides/rust.md:4:2: error: this line does not fit the indentation of the lines above it",
                "check the indentation and quoting near here");
    }

    @Test
    void reportsUnquotedColonInValue() {
        YamlResult result = parse("title: Rust: the hiring guide\n");

        assertOnly(result.diagnostics(),
                "content/guides/rust.md:2:12: error: unexpected ':' here",
                "put quotes around a value that contains ': ', and check the indentation and quoting near here");
    }

    @Test
    void reportsTextAfterClosingQuote() {
        YamlResult result = parse("title: \"Rust\" guide\n");

        assertOnly(result.diagnostics(),
                "content/guides/rust.md:2:15: error: unexpected text here",
                "put the whole value in quotes, and check the indentation and quoting near here");
    }

    @Test
    void reportsUnclosedFlowList() {
        YamlResult result = parse("tags: [rust, hiring\n");

        assertOnly(result.diagnostics(),
                "content/guides/rust.md:2:7: error: this '[' list is never closed",
                "add the closing ']'; check the indentation and quoting near here");
    }

    @Test
    void reportsLineWithoutColon() {
        YamlResult result = parse("title: x\njust words\n");

        assertOnly(result.diagnostics(),
                "content/guides/rust.md:3:1: error: this line has no ':' after its key",
                "write 'key: value', or indent the line to continue the value above");
    }

    @Test
    void reportsReservedCharacterAtValueStart() {
        YamlResult result = parse("handle: @rustlang\n");

        assertOnly(result.diagnostics(),
                "content/guides/rust.md:2:9: error: a value cannot start with '@'",
                "put the value in quotes");
    }
}
