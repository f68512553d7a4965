package dev.hireguide.build;

import dev.hireguide.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Links between pages on a small site built with the default theme: wiki links, relative links
 * to source files, old URLs, glossary links, backlinks, hubs, related pages, tags and skills.
 */
class CrossLinksTest {

    @TempDir
    static Path dir;

    static TestSite site;

    @BeforeAll
    static void build() {
        site = TestSite.minimal(dir)
                .write("content/frameworks/fastapi.md", """
                        ---
                        title: FastAPI
                        name: FastAPI
                        tags: [python]
                        ---
                        A framework.
                        """)
                .write("content/frameworks/flask.md", "---\ntitle: Flask\nname: Flask\n---\nFlask.\n")
                .write("content/questions/fastapi.md", """
                        ---
                        title: FastAPI interview questions
                        frameworks: [frameworks/fastapi]
                        tags: [Async]
                        questions:
                          - id: dependency-injection
                            question: How does dependency injection work?
                            category: Core
                            level: mid
                        ---
                        Questions.
                        """)
                .write("content/glossary/asgi.md", """
                        ---
                        title: ASGI
                        term: ASGI
                        aliases: [Asynchronous Server Gateway Interface, /glossary/asynchronous-server-gateway-interface/]
                        short: The standard interface between async Python apps and their servers.
                        ---
                        ASGI is what servers speak. ASGI again.
                        """)
                .write("content/glossary/jwt.md", """
                        ---
                        title: JWT
                        term: JWT
                        short: A signed token.
                        ---
                        Tokens.
                        """)
                .write("content/handbook/process.md", """
                        ---
                        title: Hiring process
                        tags: [process]
                        ---
                        ## Levels

                        How we level people.
                        """)
                .write("content/guides/fastapi-developers.md", """
                        ---
                        title: Hiring FastAPI developers
                        frameworks: [frameworks/fastapi]
                        skills: [Async Python, SQL]
                        tags: [async, python]
                        aliases: [/guides/old-fastapi/]
                        market:
                          as_of: 2026-01
                          source:
                            name: A survey
                        ---
                        Use [[frameworks/fastapi]] with [[glossary/asgi|ASGI *servers*]]; ask
                        [[questions/fastapi#dependency-injection]].

                        See [the process](../handbook/process.md#levels). A JWT, then JWT again, and `JWT` in code.
                        """)
                .write("content/guides/flask-developers.md", """
                        ---
                        title: Hiring Flask developers
                        skills: [sql]
                        tags: [python]
                        glossary_links: false
                        market:
                          as_of: 2026-01
                          source:
                            name: A survey
                        ---
                        Flask speaks WSGI, not ASGI. Compare with [[frameworks/fastapi]].
                        """);
        assertEquals(List.of(), TestSite.headlines(site.build(BuildOptions.of(dir).withToday(LocalDate.of(2026, 3, 1)))));
    }

    private static Document page(String path) {
        return Jsoup.parse(site.read(path));
    }

    private static List<String> texts(Element root, String css) {
        return root.select(css).stream().map(Element::text).toList();
    }

    private static List<String> hrefs(Element root, String css) {
        return root.select(css).stream().map(e -> e.attr("href")).toList();
    }

    @Test
    void rendersWikiLinksWithTheTargetsTitleOrTheirOwnText() {
        Element prose = page("guides/fastapi-developers/index.html").selectFirst(".prose");
        assertNotNull(prose);
        Element fastapi = prose.selectFirst("a[href=../../frameworks/fastapi/]");
        assertNotNull(fastapi, prose.html());
        assertEquals("FastAPI", fastapi.text());
        assertEquals("ASGI servers", prose.selectFirst("a[href=../../glossary/asgi/]").text());
        assertEquals("FastAPI interview questions",
                prose.selectFirst("a[href=../../questions/fastapi/#dependency-injection]").text());
    }

    @Test
    void rewritesRelativeLinksToSourceFilesToTheirPages() {
        Element prose = page("guides/fastapi-developers/index.html").selectFirst(".prose");
        assertEquals("the process", prose.selectFirst("a[href=../../handbook/process/#levels]").text());
    }

    @Test
    void showsBacklinksFromFrontMatterAndFromTheBody() {
        Document fastapi = page("frameworks/fastapi/index.html");
        assertEquals(List.of("FastAPI interview questions", "Hiring FastAPI developers", "Hiring Flask developers"),
                texts(fastapi, ".backlinks li a"));
        Document process = page("handbook/process/index.html");
        assertEquals(List.of("Hiring FastAPI developers"), texts(process, ".backlinks li a"));
        assertEquals(List.of("../../guides/fastapi-developers/"), hrefs(process, ".backlinks li a"));
    }

    @Test
    void frameworkHubListsPagesThatOnlyLinkFromTheirText() {
        Document fastapi = page("frameworks/fastapi/index.html");
        assertEquals(List.of("Hiring FastAPI developers", "Hiring Flask developers"),
                texts(fastapi, ".hub-guide a"));
    }

    @Test
    void linksTheFirstMentionOfAGlossaryTermWithAnAccessibleTooltip() {
        Element prose = page("guides/fastapi-developers/index.html").selectFirst(".prose");
        List<Element> links = prose.select("a.glossary-link");
        assertEquals(List.of("JWT"), links.stream().map(Element::text).toList(), "ASGI is linked by hand already");
        Element link = links.get(0);
        assertEquals("../../glossary/jwt/", link.attr("href"));
        Element tip = prose.getElementById(link.attr("aria-describedby"));
        assertNotNull(tip);
        assertEquals("tooltip", tip.attr("role"));
        assertEquals("A signed token.", tip.text());
        assertEquals("JWT", prose.selectFirst("code").text());
    }

    @Test
    void leavesGlossaryTermsAloneWhereThePageTurnsThemOffAndOnTheTermsOwnPage() {
        assertTrue(page("guides/flask-developers/index.html").select("a.glossary-link").isEmpty());
        assertTrue(page("glossary/asgi/index.html").select(".prose a.glossary-link").isEmpty());
    }

    @Test
    void writesARedirectPageAtEachOldUrl() {
        Document old = page("guides/old-fastapi/index.html");
        assertEquals("0; url=../../guides/fastapi-developers/", old.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("https://hiring.example.com/guides/fastapi-developers/", old.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("../../guides/fastapi-developers/", old.selectFirst("body a").attr("href"));
        assertTrue(site.exists("glossary/asynchronous-server-gateway-interface/index.html"));
        assertEquals(List.of("Asynchronous Server Gateway Interface"),
                texts(page("glossary/asgi/index.html"), ".term-alias"), "an old URL is not another name");
        assertFalse(site.read("sitemap.xml").contains("old-fastapi"));
    }

    @Test
    void groupsTagsIgnoringCaseOnTagPages() {
        Document async = page("tags/async/index.html");
        assertEquals(List.of("FastAPI interview questions", "Hiring FastAPI developers"), texts(async, ".card-title a"));
        assertEquals(List.of("Home", "Tags"), texts(async, ".breadcrumbs li a"));
        Document index = page("tags/index.html");
        assertEquals(List.of("async/", "process/", "python/"), hrefs(index, ".taxonomy-terms a"));
        assertEquals(List.of("../../tags/async/", "../../tags/python/"),
                hrefs(page("guides/fastapi-developers/index.html"), ".tags a"));
    }

    @Test
    void listsPagesBySkill() {
        assertEquals(List.of("Hiring FastAPI developers", "Hiring Flask developers"),
                texts(page("skills/sql/index.html"), ".card-title a"));
        assertEquals(List.of("../../skills/async-python/", "../../skills/sql/"),
                hrefs(page("guides/fastapi-developers/index.html"), ".chip-links a"));
    }

    @Test
    void showsRelatedPagesScoredBySharedFrameworksSkillsAndTags() {
        // FastAPI and its questions share the framework (3) and a tag (1); Flask's guide a skill (2) and a tag (1).
        assertEquals(List.of("FastAPI", "FastAPI interview questions", "Hiring Flask developers"),
                texts(page("guides/fastapi-developers/index.html"), ".related li a"));
    }
}
