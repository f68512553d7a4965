package dev.hireguide.yaml;

import org.junit.jupiter.api.Test;

import static dev.hireguide.yaml.YamlAssertions.assertOnly;
import static dev.hireguide.yaml.YamlAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Anchors, aliases, tags, extra documents, merge keys and complex keys are refused where written. */
class RefusedFeaturesTest {

    @Test
    void refusesAnchor() {
        YamlResult result = parse("title: x\nbase: &base\n  min: 1\n");

        assertOnly(result.diagnostics(),
                "content/guides/rust.md:3:7: error: anchor '&base' is not supported",
                "remove the anchor and write repeated values out in full");
    }

    @Test
    void refusesAlias() {
        YamlResult result = parse("title: x\nother: *base\n");

        assertOnly(result.diagnostics(),
                "content/guides/rust.md:3:8: error: alias '*base' is not supported",
                "write the value out in full instead of pointing to an anchor");
    }

    @Test
    void refusesCoreTagAndKeepsTheTextAsWritten() {
        YamlResult result = parse("title: x\nzip: !!str 0123\n");

        assertOnly(result.diagnostics(),
                "content/guides/rust.md:3:6: error: tag '!!str' is not supported",
                "remove the tag; to keep a value as text, put it in quotes");
        assertEquals("0123", result.document().orElseThrow().root().get("zip").textValue());
    }

    @Test
    void refusesCustomTag() {
        YamlResult result = parse("title: !custom x\n");

        assertOnly(result.diagnostics(),
                "content/guides/rust.md:2:8: error: tag '!custom' is not supported",
                "remove the tag; to keep a value as text, put it in quotes");
    }

    @Test
    void refusesSecondDocument() {
        YamlResult result = parse("title: x\n---\ntitle: y\n");

        assertOnly(result.diagnostics(),
                "content/guides/rust.md:3:1: error: a second YAML document starts here",
                "front matter is one YAML document: remove this '---' line and keep all keys in one mapping");
        assertEquals("x", result.document().orElseThrow().root().get("title").textValue());
    }

    @Test
    void refusesTextAfterDocumentEnd() {
        YamlResult result = parse("title: x\n...\nweight: 1\n");

        assertTrue(result.document().isEmpty());
        assertOnly(result.diagnostics(),
                "content/guides/rust.md:4:1: error: a second YAML document starts here",
                "front matter is one YAML document: remove the '...' line above and keep all keys in one mapping");
    }

    @Test
    void acceptsDocumentEndFollowedByComments() {
        assertEquals(0, parse("title: x\n...\n# done\n").diagnostics().size());
    }

    @Test
    void refusesMergeKey() {
        YamlResult result = parse("title: x\nmarket:\n  <<: {min: 1}\n  max: 2\n");

        assertOnly(result.diagnostics(),
                "content/guides/rust.md:4:3: error: merge key '<<' is not supported",
                "write the merged keys out in full in this mapping");
        assertEquals("{\"max\":2}", result.document().orElseThrow().root().get("market").toString());
    }

    @Test
    void refusesListAsKey() {
        YamlResult result = parse("title: x\n? [a, b]\n: 1\n");

        assertOnly(result.diagnostics(),
                "content/guides/rust.md:3:3: error: a key must be plain text, not a list",
                "write a plain word before the ':', such as 'title:'");
    }

    @Test
    void refusesMappingAsKey() {
        YamlResult result = parse("{a: 1}: x\n");

        assertOnly(result.diagnostics(),
                "content/guides/rust.md:2:1: error: a key must be plain text, not a mapping",
                "write a plain word before the ':', such as 'title:'");
    }

    @Test
    void reportsEveryRefusedFeatureOfTheText() {
        YamlResult result = parse("a: &x 1\nb: *x\nc: !!int 5\n");

        assertEquals(3, result.diagnostics().size());
    }
}
