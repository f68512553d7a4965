package dev.hireguide.yaml;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.hireguide.yaml.YamlAssertions.assertOnly;
import static dev.hireguide.yaml.YamlAssertions.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** YAML 1.2-ish scalars: text stays text as written, and numbers bind to text as written. */
class ScalarTypingTest {

    record Texts(String title, String code, String version, String flag, List<String> words) {
    }

    record Numbers(int weight, double share, boolean draft) {
    }

    private final YamlBinder binder = new YamlBinder();

    private Texts texts(String yaml) {
        BindResult<Texts> result = binder.bind(document(yaml), "", Texts.class);
        assertEquals(List.of(), result.diagnostics());
        return result.value().orElseThrow();
    }

    @Test
    void keepsNoAsString() {
        YamlDocument doc = document("title: No\n");

        assertTrue(doc.root().get("title").isTextual());
        assertEquals("No", texts("title: No\n").title());
    }

    @Test
    void keepsBooleanLikeWordsAsStrings() {
        Texts t = texts("words: [yes, no, on, off, y, n, Yes, True, FALSE]\n");

        assertEquals(List.of("yes", "no", "on", "off", "y", "n", "Yes", "True", "FALSE"), t.words());
    }

    @Test
    void keepsLeadingZeroNumberAsWrittenText() {
        assertEquals("0123", texts("code: 0123\n").code());
    }

    @Test
    void keepsOctalHexBinaryAndUnderscoredNumbersAsWrittenText() {
        Texts t = texts("words: [0o17, 0x1F, 0b101, 1_000, 1e3, .5, +5, .inf]\n");

        assertEquals(List.of("0o17", "0x1F", "0b101", "1_000", "1e3", ".5", "+5", ".inf"), t.words());
    }

    @Test
    void bindsDecimalToTextAsWritten() {
        YamlDocument doc = document("version: 3.10\n");

        assertTrue(doc.root().get("version").isNumber(), "still a number in the tree");
        assertEquals("3.10", binder.bind(doc, "", Texts.class).value().orElseThrow().version());
    }

    @Test
    void bindsIntegerAndBooleanToTextAsWritten() {
        Texts t = texts("title: 2026\nflag: true\nwords: [10, -3, false]\n");

        assertEquals("2026", t.title());
        assertEquals("true", t.flag());
        assertEquals(List.of("10", "-3", "false"), t.words());
    }

    @Test
    void bindsPlainIntegerToIntField() {
        BindResult<Numbers> result = binder.bind(document("weight: 10\nshare: 0.25\ndraft: true\n"), "", Numbers.class);

        assertEquals(new Numbers(10, 0.25, true), result.value().orElseThrow());
    }

    @Test
    void refusesLeadingZeroNumberForIntField() {
        BindResult<Numbers> result = binder.bind(document("weight: 0123\n"), "", Numbers.class);

        assertOnly(result.diagnostics(),
                "content/guides/rust.md:2:9: error: 'weight' must be a whole number, not \"0123\"",
                "write plain digits, without quotes or leading zeros, such as 12");
    }

    @Test
    void refusesDecimalForIntField() {
        BindResult<Numbers> result = binder.bind(document("weight: 10.5\n"), "", Numbers.class);

        assertOnly(result.diagnostics(),
                "content/guides/rust.md:2:9: error: 'weight' must be a whole number, not 10.5",
                "write plain digits, without quotes or leading zeros, such as 12");
    }

    @Test
    void refusesYesForBooleanField() {
        BindResult<Numbers> result = binder.bind(document("draft: yes\n"), "", Numbers.class);

        assertOnly(result.diagnostics(),
                "content/guides/rust.md:2:8: error: 'draft' must be true or false, not \"yes\"",
                "write true or false; yes, no, on and off are read as text");
    }

    @Test
    void readsNullForms() {
        YamlDocument doc = document("a:\nb: ~\nc: null\nd: \"null\"\n");

        assertTrue(doc.root().get("a").isNull());
        assertTrue(doc.root().get("b").isNull());
        assertTrue(doc.root().get("c").isNull());
        assertEquals("null", doc.root().get("d").textValue());
    }
}
