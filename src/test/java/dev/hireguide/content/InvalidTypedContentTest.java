package dev.hireguide.content;

import dev.hireguide.build.BuildOptions;
import dev.hireguide.build.BuildResult;
import dev.hireguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Typed content with mistakes: each test checks the message and the line and column it points at. */
class InvalidTypedContentTest {

    @TempDir
    Path dir;

    static final String FASTAPI = "---\ntitle: FastAPI\nname: FastAPI\n---\n";
    static final String FLASK = "---\ntitle: Flask\nname: Flask\n---\n";
    static final String ROLE = "---\ntitle: Backend engineer\n---\nJob description.\n";

    private TestSite site() {
        return TestSite.minimal(dir)
                .write("content/frameworks/fastapi.md", FASTAPI)
                .write("content/frameworks/flask.md", FLASK)
                .write("content/roles/backend.md", ROLE);
    }

    private static String guide(String market) {
        return "---\ntitle: Hiring FastAPI developers\nrole: backend\nframeworks: [fastapi]\nmarket:\n" + market + "---\nBody.\n";
    }

    private static final String GOOD_MARKET = """
              as_of: 2026-01
              source:
                name: Example survey
              region: United States
              currency: USD
              salary:
                junior: {min: 80000, max: 100000}
                mid: {min: 100000, max: 130000}
                senior: {min: 130000, max: 170000}
            """;

    private BuildResult build(TestSite site) {
        return site.build(BuildOptions.of(dir).checkOnly().withToday(LocalDate.of(2026, 3, 1)));
    }

    private static void assertHas(BuildResult result, String expected) {
        List<String> lines = TestSite.headlines(result);
        assertTrue(lines.stream().anyMatch(l -> l.equals(expected) || l.startsWith(expected)),
                "expected\n  " + expected + "\nbut got\n  " + String.join("\n  ", lines));
    }

    @Test
    void acceptsAValidGuideWithoutWarnings() {
        BuildResult result = build(site().write("content/guides/fastapi.md", guide(GOOD_MARKET)));
        assertEquals(List.of(), TestSite.headlines(result));
    }

    @Test
    void failsOnSalaryMinAboveMax() {
        BuildResult result = build(site().write("content/guides/fastapi.md",
                guide(GOOD_MARKET.replace("mid: {min: 100000, max: 130000}", "mid: {min: 140000, max: 130000}"))));
        assertHas(result, "content/guides/fastapi.md:13:16: error: mid salary min 140000 is above its max 130000");
    }

    @Test
    void warnsWhenALevelPaysLessThanTheOneBelow() {
        BuildResult result = build(site().write("content/guides/fastapi.md",
                guide(GOOD_MARKET.replace("senior: {min: 130000, max: 170000}", "senior: {min: 90000, max: 120000}"))));
        assertHas(result, "content/guides/fastapi.md:14:13: warning: senior salary range 90000–120000 lies below the mid range");
        assertFalse(result.failed());
    }

    @Test
    void failsOnMissingAsOf() {
        BuildResult result = build(site().write("content/guides/fastapi.md", guide(GOOD_MARKET.replace("  as_of: 2026-01\n", ""))));
        assertHas(result, "content/guides/fastapi.md:5:1: error: missing key 'as_of' in 'market'");
    }

    @Test
    void failsOnUnknownLevelWithTheAllowedOnes() {
        String questions = "---\ntitle: Q\nquestions:\n  - id: one\n    question: Why?\n    category: Basics\n"
                + "    level: expert\n---\n";
        BuildResult result = build(site().write("content/questions/q.md", questions));
        assertHas(result, "content/questions/q.md:7:12: error: unknown value 'expert' for 'questions[0].level'");
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.message().contains("(expected junior, mid, senior, lead)")),
                result.diagnostics().toString());
    }

    @Test
    void failsOnUnknownDifficultyWithSuggestion() {
        BuildResult result = build(site().write("content/guides/fastapi.md", guide(GOOD_MARKET + "  difficulty: very-herd\n")));
        assertHas(result, "content/guides/fastapi.md:15:15: error: unknown value 'very-herd'");
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.hint().equals("did you mean `very-hard`?")),
                result.diagnostics().toString());
    }

    @Test
    void failsOnUnknownCurrency() {
        BuildResult result = build(site().write("content/guides/fastapi.md", guide(GOOD_MARKET.replace("USD", "DOLLARS"))));
        assertHas(result, "content/guides/fastapi.md:10:13: error: unknown currency `DOLLARS`");
    }

    @Test
    void warnsAboutStaleMarketData() {
        BuildResult result = site().write("content/guides/fastapi.md", guide(GOOD_MARKET))
                .build(BuildOptions.of(dir).checkOnly().withToday(LocalDate.of(2027, 6, 1)));
        assertHas(result, "content/guides/fastapi.md:6:10: warning: market data from January 2026 is 17 months old (the limit is 12)");
    }

    @Test
    void failsOnComparisonWithAMissingCell() {
        String comparison = "---\ntitle: FastAPI vs Flask\nsubjects: [fastapi, flask]\ncriteria:\n  - name: Speed\n"
                + "    values:\n      fastapi: Fast\n---\n";
        BuildResult result = build(site().write("content/comparisons/fastapi-flask.md", comparison));
        assertHas(result, "content/comparisons/fastapi-flask.md:7:7: error: criterion 'Speed' has no value for `flask`");
    }

    @Test
    void failsOnComparisonValueForANonSubject() {
        String comparison = "---\ntitle: FastAPI vs Flask\nsubjects: [fastapi, flask]\ncriteria:\n  - name: Speed\n"
                + "    values:\n      fastapi: Fast\n      flask: OK\n      flsk: OK\n---\n";
        BuildResult result = build(site().write("content/comparisons/fastapi-flask.md", comparison));
        assertHas(result, "content/comparisons/fastapi-flask.md:9:13: error: `flsk` is not one of the subjects");
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.hint().equals("did you mean `flask`?")));
    }

    @Test
    void failsOnUnknownReferenceWithSuggestion() {
        BuildResult result = build(site().write("content/guides/fastapi.md",
                guide(GOOD_MARKET).replace("frameworks: [fastapi]", "frameworks: [fastapi, fastpi]")));
        assertHas(result, "content/guides/fastapi.md:4:23: error: unknown reference `fastpi`");
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.hint().contains("fastapi")), result.diagnostics().toString());
    }

    @Test
    void failsOnReferenceToThePageOfAnotherType() {
        BuildResult result = build(site().write("content/guides/fastapi.md",
                guide(GOOD_MARKET).replace("role: backend", "role: frameworks/flask")));
        assertHas(result, "content/guides/fastapi.md:3:7: error: `frameworks/flask` is a framework, not a role");
    }

    @Test
    void failsOnAmbiguousBareSlug() {
        BuildResult result = build(site()
                .write("content/questions/fastapi.md", "---\ntitle: FastAPI questions\nquestions:\n  - id: a\n"
                        + "    question: Why?\n    category: Basics\n    level: junior\n---\n")
                .write("content/guides/x.md", "---\ntitle: X\nrelated: [fastapi]\nmarket:\n" + GOOD_MARKET + "---\n"));
        assertHas(result, "content/guides/x.md:3:11: error: reference `fastapi` is ambiguous: frameworks/fastapi, questions/fastapi");
    }

    @Test
    void failsOnDuplicateQuestionIdNamingTheFirstLine() {
        String questions = "---\ntitle: Q\nquestions:\n  - id: same\n    question: A?\n    category: Basics\n    level: junior\n"
                + "  - id: same\n    question: B?\n    category: Basics\n    level: mid\n---\n";
        BuildResult result = build(site().write("content/questions/q.md", questions));
        assertHas(result, "content/questions/q.md:8:9: error: question id `same` is already used on line 4");
    }

    @Test
    void failsOnKeyOfAnotherTypeWithSuggestion() {
        BuildResult result = build(site().write("content/glossary/asgi.md",
                "---\ntitle: ASGI\nterm: ASGI\nshort: An interface.\nsumary: x\n---\n"));
        assertHas(result, "content/glossary/asgi.md:5:1: error: unknown key 'sumary' for a term");
    }

    @Test
    void failsOnTooLongShortDefinition() {
        BuildResult result = build(site().write("content/glossary/asgi.md",
                "---\ntitle: ASGI\nterm: ASGI\nshort: " + "a".repeat(161) + "\n---\n"));
        assertHas(result, "content/glossary/asgi.md:4:8: error: short is 161 characters long, the limit is 160");
    }

    @Test
    void failsOnUnknownTypeField() {
        BuildResult result = build(site().write("content/x.md", "---\ntitle: X\ntype: guid\n---\n"));
        assertHas(result, "content/x.md:3:7: error: unknown type `guid`");
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.hint().equals("did you mean `guide`?")));
    }

    @Test
    void typeFieldOverridesTheFolder() {
        BuildResult result = build(site().write("content/misc/asgi.md", "---\ntitle: ASGI\ntype: term\nterm: ASGI\n---\n"));
        assertHas(result, "content/misc/asgi.md:2:1: error: missing key 'short'");
    }
}
