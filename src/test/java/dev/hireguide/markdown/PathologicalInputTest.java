package dev.hireguide.markdown;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hireguide.diag.Diagnostic;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CommonMark pathological inputs (from commonmark's test/pathological_tests.py) and a few of
 * our own for raw HTML. Each renders on a worker-sized stack and must finish well within the time
 * limit, either rendering or refusing with a "nested too deeply" error; none may throw.
 */
class PathologicalInputTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(new MarkdownOptions("/"));
    private static final Duration LIMIT = Duration.ofSeconds(20);
    private static final String TOO_DEEP = "this Markdown is nested too deeply to render";

    static Stream<Arguments> rendered() {
        return Stream.of(
                Arguments.of("nested brackets", "[".repeat(50_000) + "a" + "]".repeat(50_000)),
                Arguments.of("emphasis runs without closers", "*a **a ".repeat(20_000)),
                Arguments.of("many emphasis closers with no openers", "a_ ".repeat(30_000)),
                Arguments.of("many emphasis openers with no closers", "_a ".repeat(30_000)),
                Arguments.of("many link closers with no openers", "a]".repeat(30_000)),
                Arguments.of("many link openers with no closers", "[a".repeat(30_000)),
                Arguments.of("mismatched openers and closers", "*a_ ".repeat(30_000)),
                Arguments.of("link openers and emphasis closers", "[ a_".repeat(30_000)),
                Arguments.of("openers and closers multiple of 3", "a**b" + "c* ".repeat(5_000)),
                // Fewer repeats than CommonMark's 30,000: Flexmark is quadratic in these.
                Arguments.of("unclosed links [a](", "[a](".repeat(3_000)),
                Arguments.of("unclosed links [a](<b", "[a](<b".repeat(3_000)),
                Arguments.of("unclosed links [a](b", "[a](b".repeat(3_000)),
                Arguments.of("unclosed comments", "</" + "<!--".repeat(100_000)),
                Arguments.of("long run of underscores", "_".repeat(100_000) + "a"),
                // Smaller than CommonMark's 5,000 runs: Flexmark is quadratic here (see stopsWhenInterrupted).
                Arguments.of("backticks", backtickRuns(150)),
                Arguments.of("NUL characters", "abc\u0000de\u0000"),
                Arguments.of("raw HTML with unterminated quotes", "<div title=\"" + "<a b='".repeat(50_000) + "\n"),
                Arguments.of("raw HTML with unterminated comments", "<div>" + "<!--".repeat(100_000) + "\n"),
                Arguments.of("raw HTML nested 100,000 divs deep", "<div>\n" + "<div>".repeat(100_000) + "\n"),
                // Text at the deepest level allowed (100 ancestors), with a web address in it: the
                // limit is checked before the autolink pass wraps the text a level deeper.
                Arguments.of("a web address at the deepest level", "> ".repeat(98) + "a https://a.example b"));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("block quotes 10,000 deep", "> ".repeat(10_000) + "a", 1),
                Arguments.of("block quotes 50,000 deep", "> ".repeat(50_000) + "a", 1),
                Arguments.of("block quote markers 100,000 deep", ">".repeat(100_000) + " a", 1),
                Arguments.of("deep block quote after text", "> a\n".repeat(10) + ">".repeat(10_000) + "\n", 11),
                Arguments.of("a web address one level too deep", "> ".repeat(99) + "a https://a.example b", 1),
                Arguments.of("block quotes 10,000 deep with web addresses",
                        "https://a.example\n\n" + "> ".repeat(10_000) + "a https://a.example b", 3),
                Arguments.of("nested lists, indented", IntStream.range(0, 1_000)
                        .mapToObj(n -> "  ".repeat(n) + "* a\n").reduce("", String::concat), 101),
                Arguments.of("nested lists on one line", "- ".repeat(10_000) + "a", 1),
                Arguments.of("empty lines in deeply nested lists", "- ".repeat(1_000) + "x" + "\n".repeat(1_000), 1),
                Arguments.of("nested strong emphasis", "*a **a ".repeat(30_000) + "b" + " a** a*".repeat(30_000), 1),
                Arguments.of("long runs of stars", "*".repeat(100_000) + "a" + "*".repeat(100_000), 1),
                Arguments.of("pattern [ (](", "[ (](".repeat(80_000), 1),
                // The check reads code too, so that the page fails whichever parser reads it:
                // this one the quick parser takes, and Flexmark would with a `_` anywhere.
                Arguments.of("deep-looking lines in a code block", "Text.\n\n```\n" + "> ".repeat(150) + "x\n```\n", 4));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rendered")
    void rendersPathologicalInputQuickly(String name, String markdown) {
        RenderedMarkdown out = assertTimeoutPreemptively(LIMIT,
                () -> RenderThreads.render(RENDERER, markdown, RenderThreads.WORKER_STACK));
        assertFalse(out.html().isEmpty(), name);
        assertTrue(out.diagnostics().stream().noneMatch(Diagnostic::isError), () -> name + ": " + out.diagnostics());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesTooDeeplyNestedInputQuickly(String name, String markdown, int line) {
        RenderedMarkdown out = assertTimeoutPreemptively(LIMIT,
                () -> RenderThreads.render(RENDERER, markdown, RenderThreads.WORKER_STACK));
        assertAll(name,
                () -> assertEquals("", out.html()),
                () -> assertEquals(1, out.diagnostics().size()),
                () -> assertEquals(TOO_DEEP, out.diagnostics().get(0).message()),
                () -> assertTrue(out.diagnostics().get(0).isError()),
                () -> assertEquals(line, out.diagnostics().get(0).position().line()));
    }

    private static String backtickRuns(int count) {
        return IntStream.range(1, count).mapToObj(n -> "e" + "`".repeat(n)).reduce("", String::concat);
    }

    @Test
    void stopsWhenInterrupted() throws Exception {
        // 3 MB of backtick runs keeps Flexmark busy for about ten seconds: each opening run is
        // matched against every later one.
        AtomicReference<RenderedMarkdown> result = new AtomicReference<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread worker = new Thread(null, () -> {
            result.set(RENDERER.render(backtickRuns(2_500), "page.md", 1));
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        }, "render-worker", RenderThreads.WORKER_STACK);
        worker.setDaemon(true);
        worker.start();
        Thread.sleep(300);
        worker.interrupt();
        worker.join(LIMIT.toMillis());

        assertFalse(worker.isAlive(), "render did not stop");
        assertEquals("", result.get().html());
        assertEquals("rendering this Markdown was stopped before it finished", result.get().diagnostics().get(0).message());
        assertTrue(stillInterrupted.get(), "the interrupt flag is left set");
    }

    @Test
    void reportsStackOverflowAsTooDeeplyNestedAtFirstLine() {
        // A small stack makes Flexmark's recursive inline parser overflow on this pattern.
        RenderedMarkdown out = assertTimeoutPreemptively(LIMIT,
                () -> RenderThreads.render(RENDERER, "[ (](".repeat(80_000), 256 * 1024));
        assertEquals("", out.html());
        assertEquals(1, out.diagnostics().size());
        Diagnostic diagnostic = out.diagnostics().get(0);
        assertEquals(TOO_DEEP, diagnostic.message());
        assertEquals("page.md:1", diagnostic.position().toString());
    }

    @Test
    void limitsRawHtmlNestingWithOneWarning() {
        RenderedMarkdown out = RENDERER.render("<div>\n" + "<span>".repeat(500) + "\n", "page.md", 1);
        assertEquals(1, out.diagnostics().size());
        assertTrue(out.diagnostics().get(0).message().startsWith("raw HTML nested more than 100 elements deep"));
        assertEquals(100, out.html().split("</", -1).length - 1, "every opened element is closed");
    }

    @Test
    void stillRendersAfterAStackOverflow() throws Exception {
        RenderThreads.render(RENDERER, "[ (](".repeat(80_000), 256 * 1024);
        assertEquals("<p><em>fine</em></p>\n", RENDERER.render("*fine*", "page.md", 1).html());
    }
}
