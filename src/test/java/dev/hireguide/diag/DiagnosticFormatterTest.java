package dev.hireguide.diag;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DiagnosticFormatterTest {

    private final Diagnostic error = Diagnostic.error(SourcePosition.of("content/guides/fastapi.md", 12, 5),
            "unknown level 'expert'", "expected junior, mid or senior");

    @Test
    void printsCompilerStyleWithHint() {
        assertEquals("content/guides/fastapi.md:12:5: error: unknown level 'expert'\n  hint: expected junior, mid or senior",
                DiagnosticFormatter.text(error));
    }

    @Test
    void leavesOutUnknownLineAndColumn() {
        assertEquals("content/site.yaml: warning: x", Diagnostic.warning(SourcePosition.of("content/site.yaml"), "x", "").headline());
        assertEquals("a.peb:3: error: y", Diagnostic.error(SourcePosition.of("a.peb", 3, 0), "y", "").headline());
    }

    @Test
    void countsErrorsAndWarnings() {
        Diagnostic warning = Diagnostic.warning(SourcePosition.of("a"), "w", "");
        assertEquals("1 error, 2 warnings", DiagnosticFormatter.summary(List.of(error, warning, warning)));
    }

    @Test
    void escapesJson() {
        Diagnostic d = Diagnostic.error(SourcePosition.of("a\"b.md", 1, 2), "bad </script>\n", "");
        assertEquals("{\"errors\":1,\"warnings\":0,\"diagnostics\":[{\"severity\":\"error\",\"file\":\"a\\\"b.md\","
                + "\"line\":1,\"column\":2,\"message\":\"bad \\u003c/script>\\n\",\"hint\":\"\"}]}",
                DiagnosticFormatter.json(List.of(d)));
    }

    @Test
    void sortsByFileLineAndColumnAndDropsRepeats() {
        Diagnostics all = new Diagnostics();
        all.error(SourcePosition.of("b.md", 1, 1), "x", "");
        all.error(SourcePosition.of("a.md", 9, 1), "x", "");
        all.error(SourcePosition.of("a.md", 10, 1), "x", "");
        all.error(SourcePosition.of("a.md", 10, 1), "x", "");
        assertEquals(List.of("a.md:9:1", "a.md:10:1", "b.md:1:1"),
                all.sorted().stream().map(d -> d.position().toString()).toList());
    }

    @Test
    void suggestsTheClosestName() {
        assertEquals("did you mean `title`?", Suggestions.didYouMean("titel", List.of("title", "tags", "date"), "known keys"));
        assertEquals("known keys: date, tags", Suggestions.didYouMean("zzzzzz", List.of("tags", "date"), "known keys"));
    }
}
