package dev.hireguide.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Wiki links and relative links to source files, resolved through the page's links, and the links recorded. */
class WikiLinkTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(new MarkdownOptions("/hiring/"));

    private static RenderedMarkdown render(String markdown) {
        return RENDERER.render(markdown, "content/guides/fastapi.md", 10, new StubLinks());
    }

    @Test
    void rendersWikiLinkWithTheTargetsTitle() {
        RenderedMarkdown r = render("Use [[frameworks/fastapi]] here.");
        assertEquals("<p>Use <a href=\"/hiring/frameworks/fastapi/\">FastAPI</a> here.</p>\n", r.html());
        assertEquals(List.of(), r.diagnostics());
    }

    @Test
    void rendersWikiLinkWithItsOwnTextAndAnchor() {
        assertEquals("<p><a href=\"/hiring/glossary/asgi/\">ASGI <em>servers</em></a></p>\n",
                render("[[glossary/asgi|ASGI *servers*]]").html());
        assertEquals("<p><a href=\"/hiring/questions/fastapi/#dependency-injection\">FastAPI interview questions</a></p>\n",
                render("[[questions/fastapi#dependency-injection]]").html());
    }

    @Test
    void recordsWikiLinksWithTheirPosition() {
        RenderedMarkdown r = render("Intro.\n\nSee [[questions/fastapi#dependency-injection]].");
        assertEquals(1, r.links().size());
        SourceLink link = r.links().get(0);
        assertEquals(SourceLink.Kind.WIKI, link.kind());
        assertEquals("/hiring/questions/fastapi/#dependency-injection", link.url());
        assertEquals("content/guides/fastapi.md:12:5", link.position().toString());
    }

    @Test
    void reportsUnknownWikiLinkAtItsPositionWithTheHint() {
        RenderedMarkdown r = render("One\n\nand [[fastapy]] two.");
        assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
        assertEquals("content/guides/fastapi.md:12:5: error: wiki link `[[fastapy]]`: unknown reference `fastapy`",
                r.diagnostics().get(0).headline());
        assertEquals("did you mean `frameworks/fastapi`?", r.diagnostics().get(0).hint());
        assertTrue(r.html().contains("and fastapy two."), r.html());
    }

    @Test
    void leavesWikiSyntaxInCodeAlone() {
        RenderedMarkdown r = render("`[[nope]]` and\n\n    [[nope]]\n");
        assertEquals(List.of(), r.diagnostics());
        assertTrue(r.html().contains("<code>[[nope]]</code>"), r.html());
    }

    @Test
    void rewritesRelativeLinksToSourceFiles() {
        RenderedMarkdown r = render("[see](../roles/backend.md#levels) and ![chart](chart.png) and [x](../flask/)");
        assertEquals("<p><a href=\"/hiring/roles/backend/#levels\">see</a> and "
                + "<img src=\"/hiring/guides/chart.png\" alt=\"chart\" /> and <a href=\"../flask/\">x</a></p>\n", r.html());
        assertEquals(List.of("/hiring/roles/backend/#levels", "/hiring/guides/chart.png", "../flask/"),
                r.links().stream().map(SourceLink::url).toList());
        assertEquals(List.of(SourceLink.Kind.LINK, SourceLink.Kind.IMAGE, SourceLink.Kind.LINK),
                r.links().stream().map(SourceLink::kind).toList());
    }

    @Test
    void reportsLinkToAMarkdownFileThatIsNoPage() {
        RenderedMarkdown r = render("Text\n   [gone](../roles/gone.md)");
        assertEquals("content/guides/fastapi.md:11:4: error: no page `../roles/gone.md`", r.diagnostics().get(0).headline());
        assertTrue(r.html().contains("href=\"#\""), r.html());
    }

    @Test
    void withoutPageLinksAWikiLinkIsAnError() {
        RenderedMarkdown r = RENDERER.render("[[x]]", "content/a.md", 1);
        assertEquals(1, r.diagnostics().size());
    }
}
