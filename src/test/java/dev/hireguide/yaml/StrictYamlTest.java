package dev.hireguide.yaml;

import dev.hireguide.diag.SourcePosition;
import org.junit.jupiter.api.Test;

import static dev.hireguide.yaml.YamlAssertions.FILE;
import static dev.hireguide.yaml.YamlAssertions.assertOnly;
import static dev.hireguide.yaml.YamlAssertions.document;
import static dev.hireguide.yaml.YamlAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrictYamlTest {

    @Test
    void recordsPositionsCountedInTheFile() {
        YamlDocument doc = document("""
                title: Rust
                market:
                  salary:
                    - min: 1
                """);

        assertEquals(SourcePosition.of(FILE, 2, 8), doc.positionOf("/title"));
        assertEquals(SourcePosition.of(FILE, 2, 1), doc.keyPositionOf("/title"));
        assertEquals(SourcePosition.of(FILE, 5, 12), doc.positionOf("/market/salary/0/min"));
        assertEquals(SourcePosition.of(FILE, 5, 7), doc.keyPositionOf("/market/salary/0/min"));
        assertEquals(SourcePosition.of(FILE, 2, 1), doc.positionOf(""));
    }

    @Test
    void fallsBackToTheNearestAncestorPosition() {
        YamlDocument doc = document("""
                market:
                  salary:
                    - min: 1
                """);

        assertEquals(doc.positionOf("/market/salary/0"), doc.positionOf("/market/salary/0/max"));
        assertEquals(doc.positionOf("/market/salary/0"), doc.keyPositionOf("/market/salary/0/max"));
        assertEquals(SourcePosition.of(FILE, 2, 1), doc.positionOf("/nothing/here"));
    }

    @Test
    void readsEmptyTextAsEmptyMapping() {
        for (String empty : new String[] {"", "\n\n", "# only a comment\n", "---\n"}) {
            YamlDocument doc = document(empty);
            assertTrue(doc.root().isEmpty(), empty);
            assertEquals(SourcePosition.of(FILE, 2, 1), doc.positionOf(""));
        }
    }

    @Test
    void acceptsLeadingDocumentMarker() {
        assertEquals("x", document("---\ntitle: x\n").root().get("title").textValue());
    }

    @Test
    void refusesListAtRoot() {
        YamlResult result = parse("- a\n- b\n");

        assertTrue(result.document().isEmpty());
        assertOnly(result.diagnostics(),
                "content/guides/rust.md:2:1: error: front matter must be a mapping of keys to values",
                "write one 'key: value' per line, such as 'title: Hiring a Rust engineer'");
    }

    @Test
    void refusesScalarAtRoot() {
        YamlResult result = parse("just some words\n");

        assertTrue(result.document().isEmpty());
        assertOnly(result.diagnostics(),
                "content/guides/rust.md:2:1: error: front matter must be a mapping of keys to values",
                "write one 'key: value' per line, such as 'title: Hiring a Rust engineer'");
    }

    @Test
    void refusesDuplicateKeyNamingBothLines() {
        YamlResult result = parse("""
                title: First
                level: senior
                weight: 1
                tags: [a]
                summary: x
                title: Second
                """);

        assertOnly(result.diagnostics(),
                "content/guides/rust.md:7:1: error: duplicate key 'title' (first defined on line 2)",
                "keep one of the two; YAML does not allow a key twice in the same mapping");
        // The first value is kept, so binding can still report the file's other problems.
        assertEquals("First", result.document().orElseThrow().root().get("title").textValue());
    }

    @Test
    void refusesDuplicateKeyInNestedMapping() {
        YamlResult result = parse("""
                market:
                  min: 1
                  min: 2
                """);

        assertOnly(result.diagnostics(),
                "content/guides/rust.md:4:3: error: duplicate key 'min' (first defined on line 3)",
                "keep one of the two; YAML does not allow a key twice in the same mapping");
    }

    @Test
    void refusesYamlLargerThanTheLimitWithoutParsingIt() {
        // 'é' is two bytes in UTF-8: the limit counts bytes, not characters. The unclosed
        // bracket proves the text was never parsed: there is no syntax error.
        String yaml = "[" + "é".repeat(StrictYaml.MAX_BYTES / 2);

        YamlResult result = parse(yaml);

        assertTrue(result.document().isEmpty());
        assertOnly(result.diagnostics(),
                "content/guides/rust.md:2:1: error: front matter is 257 KB, the limit is 256 KB",
                "move long text into the page body or split the content");
    }

    @Test
    void acceptsYamlExactlyAtTheLimit() {
        String prefix = "body: ";
        String yaml = prefix + "x".repeat(StrictYaml.MAX_BYTES - prefix.length());

        assertTrue(parse(yaml).document().isPresent());
    }

    @Test
    void refusesNestingDeeperThanTheLimit() {
        StringBuilder yaml = new StringBuilder();
        for (int depth = 0; depth <= TreeBuilder.MAX_DEPTH; depth++) {
            yaml.append("  ".repeat(depth)).append("k:\n");
        }
        yaml.append("  ".repeat(TreeBuilder.MAX_DEPTH + 1)).append("k: v\n");

        YamlResult result = parse(yaml.toString());

        assertTrue(result.document().isEmpty());
        // The 65th mapping starts on the 65th line of the YAML, indented by 64 levels.
        assertOnly(result.diagnostics(),
                "content/guides/rust.md:66:129: error: front matter is nested more than 64 levels deep",
                "flatten the structure; no guide needs this much nesting");
    }

    @Test
    void acceptsNestingAtTheLimit() {
        String yaml = "a: " + "[".repeat(TreeBuilder.MAX_DEPTH - 1) + "]".repeat(TreeBuilder.MAX_DEPTH - 1) + "\n";

        assertTrue(parse(yaml).document().isPresent());
    }

    @Test
    void neverThrowsOnNullText() {
        YamlResult result = StrictYaml.parse(null, FILE, 2);

        assertTrue(result.document().orElseThrow().root().isEmpty());
    }
}
