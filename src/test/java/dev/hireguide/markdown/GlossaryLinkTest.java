package dev.hireguide.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Glossary terms linked on their first mention in prose, on the Markdown's text nodes. */
class GlossaryLinkTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(new MarkdownOptions("/"));

    private static String html(String markdown) {
        return html(markdown, StubLinks.sampleGlossary());
    }

    private static String html(String markdown, Glossary glossary) {
        RenderedMarkdown r = RENDERER.render(markdown, "content/a.md", 1, new StubLinks(glossary));
        assertEquals(List.of(), r.diagnostics());
        return r.html();
    }

    private static long count(String html, String what) {
        return html.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }

    @Test
    void linksTheFirstMentionWithATooltip() {
        String html = html("Servers speak ASGI. ASGI again.");
        assertEquals("<p>Servers speak <span class=\"glossary\"><a class=\"glossary-link\" href=\"/glossary/asgi/\""
                + " aria-describedby=\"glossary-tip-asgi\">ASGI</a><span class=\"glossary-tip\" id=\"glossary-tip-asgi\""
                + " role=\"tooltip\">The async server interface.</span></span>. ASGI again.</p>\n", html);
    }

    @Test
    void linksOnlyTheFirstMentionAcrossParagraphsAndNames() {
        String html = html("A JSON Web Token.\n\nA JWT and a json web token.");
        assertEquals(1, count(html, "href=\"/glossary/jwt/\""), html);
        assertTrue(html.contains(">JSON Web Token</a>"), html);
    }

    @Test
    void matchesAcronymsOnlyInCapitalsAndOtherTermsInAnyCase() {
        assertFalse(html("The rest of the team.").contains("glossary-link"));
        assertTrue(html("A REST API.").contains(">REST</a>"));
        assertTrue(html("The EVENT LOOP runs.").contains(">EVENT LOOP</a>"));
        assertFalse(html("Asgi servers.").contains("glossary-link"));
    }

    @Test
    void matchesWholeWordsOnly() {
        assertFalse(html("RESTful and JWTs and ASGIish.").contains("glossary-link"));
        assertTrue(html("(ASGI), ASGI's").contains(">ASGI</a>"));
    }

    @Test
    void leavesHeadingsCodeLinksAndImagesAlone() {
        String html = html("# About ASGI\n\n`ASGI` and [ASGI](https://asgi.readthedocs.io/) and ![ASGI](x.png)\n\n"
                + "```\nASGI\n```\n\n| ASGI |\n| --- |\n| cell |\n");
        assertFalse(html.contains("glossary-link"), html);
    }

    @Test
    void linksTheFirstMentionInProseAfterOnesInCode() {
        String html = html("`ASGI` first, then ASGI.");
        assertTrue(html.contains("<code>ASGI</code> first, then <span class=\"glossary\">"), html);
    }

    @Test
    void doesNotLinkATermTheEditorLinks() {
        assertFalse(html("A JWT, see [tokens](/glossary/jwt/).").contains("glossary-link"));
    }

    @Test
    void doesNotLinkATermOnItsOwnPage() {
        assertFalse(html("ASGI is…", StubLinks.sampleGlossary().without("glossary/asgi")).contains("glossary-link"));
    }

    @Test
    void recordsGlossaryLinksWithTheirPosition() {
        RenderedMarkdown r = RENDERER.render("x\n\nWe use JWT.", "content/a.md", 5, new StubLinks(StubLinks.sampleGlossary()));
        assertEquals(1, r.links().size());
        assertEquals(SourceLink.Kind.GLOSSARY, r.links().get(0).kind());
        assertEquals("content/a.md:7:8", r.links().get(0).position().toString());
    }
}
