package dev.hireguide.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hireguide.diag.Diagnostic;
import dev.hireguide.diag.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(new MarkdownOptions("/hiring/"));

    private static RenderedMarkdown render(String markdown) {
        return RENDERER.render(markdown, "content/guides/fastapi.md", 10);
    }

    private static Diagnostic only(RenderedMarkdown rendered) {
        assertEquals(1, rendered.diagnostics().size(), () -> rendered.diagnostics().toString());
        return rendered.diagnostics().get(0);
    }


    @Test
    void nulCharactersBecomeReplacementCharacters() {
        // As CommonMark asks; Flexmark's sequences replace them when read, and text taken from
        // the source string must too. With and without the glossary, in and out of a table.
        for (String markdown : List.of("abc\u0000de\u0000", "# A\u0000\n\n- x\u0000y\n", "| a\u0000 |\n| - |\n| b\u0000 |\n")) {
            for (PageLinks links : List.of(PageLinks.NONE, new StubLinks(StubLinks.sampleGlossary()))) {
                for (boolean direct : new boolean[] {true, false}) {
                    String html = new MarkdownRenderer(new MarkdownOptions("/"), direct).render(markdown, "a.md", 1, links).html();
                    assertTrue(!html.contains("\u0000") && html.contains("\uFFFD"), html);
                }
            }
        }
    }

    @Test
    void reportsUnsafeLinkAtItsLineAndColumnShiftedByFirstLine() {
        Diagnostic d = only(render("# Pay\n\nSee [the band](javascript:alert(1)) now."));
        // "See " puts the link at column 5 of body line 3; the body starts on file line 10.
        assertEquals("content/guides/fastapi.md:12:5", d.position().toString());
        assertEquals(Severity.ERROR, d.severity());
        assertEquals("unsafe link URL `javascript:alert(1)` refused", d.message());
        assertEquals("use an http(s), mailto or relative link", d.hint());
    }

    @Test
    void reportsEditorColumnInsideBlockQuotesAndLists() {
        assertEquals("content/guides/fastapi.md:10:5", only(render("> > [x](javascript:1)")).position().toString());
        assertEquals("content/guides/fastapi.md:11:5", only(render("- a\n  - ![x](javascript:1)")).position().toString());
    }

    @Test
    void reportsEveryUseOfTheSameUnsafeUrl() {
        RenderedMarkdown rendered = render("[a](javascript:x) [b](javascript:x)\n\n[c][r]\n\n[r]: javascript:x");
        assertEquals(List.of("10:1", "10:19", "12:1"), rendered.diagnostics().stream()
                .map(d -> d.position().line() + ":" + d.position().column()).toList());
    }

    @Test
    void countsLinesWithWindowsAndOldMacLineEnds() {
        assertEquals(12, only(render("a\r\n\r\n[x](javascript:1)")).position().line());
        assertEquals(12, only(render("a\r\r[x](javascript:1)")).position().line());
    }

    @Test
    void reportsRawHtmlProblemsAtTheAttribute() {
        Diagnostic d = only(render("- item\n\n  <img src=\"/a.png\" onerror=\"x()\">\n"));
        assertEquals("content/guides/fastapi.md:12:21", d.position().toString());
        assertEquals("raw HTML attribute `onerror` removed from `<img>`", d.message());
    }

    @Test
    void reportsUnknownCalloutAtItsMarker() {
        Diagnostic d = only(render("Text.\n\n> [!DANGER]\n> Careful."));
        assertEquals("content/guides/fastapi.md:12:3", d.position().toString());
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("unknown callout type `DANGER`", d.message());
        assertEquals("known types: NOTE, TIP, IMPORTANT, WARNING, CAUTION", d.hint());
    }

    @Test
    void rendersCalloutAsAside() {
        assertEquals("""
                <aside class="callout callout-warning" role="note">
                <p class="callout-title">Warning</p>
                <p>Check the <em>notice</em> period.</p>
                </aside>
                """, render("> [!WARNING]\n> Check the *notice* period.").html());
    }

    @Test
    void listsHeadingsInDocumentOrderWithIdsAndPlainText() {
        RenderedMarkdown rendered = render("""
                # Guide

                ## Salary & *benefits*

                ### Salary &amp; `benefits`

                > ## Quoted

                - ## In a list

                ##### Deep

                ## Salary & benefits
                """);
        assertEquals(List.of(
                new Heading(1, "guide", "Guide"),
                new Heading(2, "salary--benefits", "Salary & benefits"),
                new Heading(3, "salary--benefits-1", "Salary & benefits"),
                new Heading(2, "quoted", "Quoted"),
                new Heading(2, "in-a-list", "In a list"),
                new Heading(5, "deep", "Deep"),
                new Heading(2, "salary--benefits-2", "Salary & benefits")), rendered.headings());
        assertTrue(rendered.html().contains("<h5 id=\"deep\">Deep</h5>"));
    }

    @Test
    void startsHeadingIdsAfreshForEachPage() {
        render("# Salary\n\n# Salary");
        assertEquals("salary", render("# Salary").headings().get(0).id());
    }

    @Test
    void makesHeadingIdsWithoutTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            // Turkish lower-cases I to a dotless ı.
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertEquals("title-i", render("# TITLE I").headings().get(0).id());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void prefixesRootRelativeLinksWithBasePathOnly() {
        assertEquals("<p><a href=\"/hiring/guides/\">a</a> <a href=\"guides/\">b</a></p>\n",
                render("[a](/guides/) [b](guides/)").html());
        MarkdownRenderer atRoot = new MarkdownRenderer(new MarkdownOptions("/"));
        assertEquals("<p><a href=\"/guides/\">a</a></p>\n", atRoot.render("[a](/guides/)", "a.md", 1).html());
    }

    @Test
    void refusesBasePathsThatDoNotStartAndEndWithSlash() {
        assertThrows(IllegalArgumentException.class, () -> new MarkdownOptions("hiring/"));
        assertThrows(IllegalArgumentException.class, () -> new MarkdownOptions("/hiring"));
        assertThrows(IllegalArgumentException.class, () -> new MarkdownOptions(null));
    }

    @Test
    void closesRawHtmlLeftOpenAtTheEndOfItsParent() {
        assertEquals("<ul>\n<li>a <b>bold</b></li>\n<li>b</li>\n</ul>\n", render("- a <b>bold\n- b").html());
        assertEquals("<div>\n<p>x</p>\n</div>\n", render("<div>\n\nx").html());
    }

    @Test
    void dropsEndTagsThatCloseNothingFromContent() {
        assertEquals("<blockquote>\n<p>a  b</p>\n</blockquote>\n", render("> a </blockquote></div> b").html());
    }

    @Test
    void listsAtMostAHundredProblemsPerPage() {
        RenderedMarkdown rendered = render("[x](javascript:1)\n".repeat(150));
        assertEquals(101, rendered.diagnostics().size());
        Diagnostic last = rendered.diagnostics().get(100);
        assertEquals("50 more problems in this file are not listed", last.message());
        assertTrue(last.isError());
        assertEquals(110, last.position().line());
    }

    @Test
    void returnsImmutableLists() {
        RenderedMarkdown rendered = render("# A\n\n[x](javascript:1)");
        assertThrows(UnsupportedOperationException.class, () -> rendered.headings().clear());
        assertThrows(UnsupportedOperationException.class, () -> rendered.diagnostics().clear());
        List<Heading> headings = new ArrayList<>(List.of(new Heading(1, "a", "A")));
        RenderedMarkdown copy = new RenderedMarkdown("", headings, List.of());
        headings.clear();
        assertEquals(1, copy.headings().size());
    }

    @Test
    void rendersTheSameFromManyThreadsAtOnce() throws Exception {
        List<String> pages = List.of(
                "# Salary\n\n## Salary\n\n> [!TIP]\n> [a](/x/) [b](javascript:1)",
                "| a | b |\n|:-|-:|\n| 1 | 2 |\n\n- [ ] task\n\nText[^1]\n\n[^1]: Note.",
                "<details><summary>S</summary>\n\n*x*\n\n</details>\n\n<script>x</script>");
        List<RenderedMarkdown> expected = pages.stream().map(MarkdownRendererTest::render).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                int page = i % pages.size();
                results.add(pool.submit(() -> render(pages.get(page)).equals(expected.get(page))));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rendersEmptyBody() {
        RenderedMarkdown rendered = render("");
        assertEquals("", rendered.html());
        assertEquals(List.of(), rendered.headings());
        assertEquals(List.of(), rendered.diagnostics());
    }
}
