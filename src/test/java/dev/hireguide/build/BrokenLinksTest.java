package dev.hireguide.build;

import dev.hireguide.diag.Diagnostic;
import dev.hireguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Broken links of every kind: each test checks the message, the position and the hint. */
class BrokenLinksTest {

    @TempDir
    Path dir;

    /** A site with a framework, a question guide and a plain page with a heading, to link to. */
    private TestSite site() {
        return TestSite.minimal(dir)
                .write("content/frameworks/fastapi.md", "---\ntitle: FastAPI\nname: FastAPI\n---\nA framework.\n")
                .write("content/questions/fastapi.md", """
                        ---
                        title: FastAPI interview questions
                        questions:
                          - id: dependency-injection
                            question: How does dependency injection work?
                            category: Core
                            level: mid
                        ---
                        Questions.
                        """)
                .write("content/handbook/process.md", "---\ntitle: Process\n---\n## Levels\n\nText.\n");
    }

    private static Diagnostic only(BuildResult result, String headlineStart) {
        List<Diagnostic> matching = result.diagnostics().stream()
                .filter(d -> d.headline().startsWith(headlineStart)).toList();
        assertEquals(1, matching.size(), () -> "expected one diagnostic starting with\n  " + headlineStart
                + "\nbut got\n  " + String.join("\n  ", TestSite.headlines(result)));
        assertTrue(result.failed(), "the build must fail");
        return matching.get(0);
    }

    @Test
    void failsOnWikiLinkToAnUnknownPageWithASuggestion() {
        var result = site().write("content/a.md", "---\ntitle: A\n---\nIntro.\n\nUse [[frameworks/fastapy]].\n").build();
        Diagnostic d = only(result, "content/a.md:6:5: error: wiki link `[[frameworks/fastapy]]`: unknown reference "
                + "`frameworks/fastapy`");
        assertEquals("did you mean `frameworks/fastapi`?", d.hint());
    }

    @Test
    void failsOnWikiLinkToAnUnknownAnchorWithASuggestion() {
        var result = site().write("content/a.md", "---\ntitle: A\n---\nAsk\n  [[questions/fastapi#dependency-injektion]].\n")
                .build();
        Diagnostic d = only(result, "content/a.md:5:3: error: broken wiki link `/questions/fastapi/#dependency-injektion`: "
                + "/questions/fastapi/ has no element with id `dependency-injektion`");
        assertEquals("did you mean `#dependency-injection`?", d.hint());
    }

    @Test
    void failsOnAmbiguousBareSlugNamingTheCandidates() {
        var result = site().write("content/a.md", "---\ntitle: A\n---\nSee [[fastapi]].\n").build();
        Diagnostic d = only(result, "content/a.md:4:5: error: wiki link `[[fastapi]]`: reference `fastapi` is ambiguous: "
                + "frameworks/fastapi, questions/fastapi");
        assertEquals("write the full id, e.g. `frameworks/fastapi`", d.hint());
    }

    @Test
    void failsOnBrokenMarkdownLinkAtItsLineAndColumn() {
        var result = site().write("content/a.md", "---\ntitle: A\n---\nOne.\n\nTwo and [this](/handbook/proces/) too.\n")
                .build();
        Diagnostic d = only(result, "content/a.md:6:9: error: broken link `/handbook/proces/`: nothing is written at "
                + "/handbook/proces/");
        assertEquals("did you mean `/handbook/process/`?", d.hint());
    }

    @Test
    void failsOnLinkToAMissingAnchorOfAMarkdownFile() {
        var result = site().write("content/articles/a.md", "---\ntitle: A\n---\n[x](../handbook/process.md#level)\n").build();
        Diagnostic d = only(result, "content/articles/a.md:4:1: error: broken link `/handbook/process/#level`: "
                + "/handbook/process/ has no element with id `level`");
        assertEquals("did you mean `#levels`?", d.hint());
    }

    @Test
    void failsOnRelativeLinkToAMarkdownFileThatIsNoPage() {
        var result = site().write("content/articles/a.md", "---\ntitle: A\n---\nSee [x](../handbook/proces.md).\n").build();
        Diagnostic d = only(result, "content/articles/a.md:4:5: error: link to `../handbook/proces.md`: there is no page "
                + "content/handbook/proces.md");
        assertEquals("did you mean content/handbook/process.md?", d.hint());
    }

    @Test
    void failsOnLinkToAFolderWithoutItsTrailingSlash() {
        var result = site().write("content/a.md", "---\ntitle: A\n---\n[x](/handbook/process)\n").build();
        Diagnostic d = only(result, "content/a.md:4:1: error: broken link `/handbook/process`: /handbook/process is a "
                + "folder; its page is /handbook/process/");
        assertEquals("end the link with `/`: `/handbook/process/`", d.hint());
    }

    @Test
    void failsOnMalformedExternalLinkWithoutFetchingAnything() {
        var result = site().write("content/a.md", "---\ntitle: A\n---\n[x](https:///nohost) and [y](https://example.com/ok)\n")
                .build();
        only(result, "content/a.md:4:1: error: broken link `https:///nohost`: an external link needs a host");
        assertEquals(1, result.diagnostics().size(), TestSite.headlines(result).toString());
    }

    @Test
    void failsOnBrokenImageInRawHtmlAtItsAttribute() {
        var result = site().write("content/a.md", "---\ntitle: A\n---\nText <img src=\"/nope.png\" alt=\"\">\n").build();
        only(result, "content/a.md:4:11: error: broken image `/nope.png`: nothing is written at /nope.png");
    }

    @Test
    void failsOnDuplicateIdAtTheHeadingThatMakesIt() {
        var result = site().write("content/questions/more.md", """
                ---
                title: More questions
                questions:
                  - id: testing
                    question: How do you test?
                    category: Core
                    level: mid
                ---
                Intro.

                ## Testing
                """).build();
        Diagnostic d = only(result, "content/questions/more.md:11:1: error: duplicate id `testing`: 2 elements on "
                + "/questions/more/ have it");
        assertEquals("the template or another part of the page uses this id too; reword the heading", d.hint());
    }

    @Test
    void failsOnDuplicateIdMadeByATemplateNamingIt() {
        var result = site().write("themes/default/templates/page.peb",
                "<div id=\"x\"></div>\n<div id=\"x\"></div>\n").write("content/a.md", "---\ntitle: A\n---\n").build();
        only(result, "content/a.md: error: duplicate id `x`: 2 elements on /a/ have it (made by template `page.peb`)");
    }

    @Test
    void failsOnBrokenTemplateLinkAtTheTemplatesLineOnce() {
        var result = site().write("themes/default/templates/page.peb",
                "<p>{{ page.title }}</p>\n<link href=\"{{ url('css/nope.css') }}\">\n").build();
        only(result, "themes/default/templates/page.peb:2: error: broken link `/css/nope.css`: nothing is written at "
                + "/css/nope.css");
    }

    @Test
    void failsOnAliasThatAnotherPageAlsoClaimsNamingBothFiles() {
        var result = site()
                .write("content/articles/a.md", "---\ntitle: A\naliases: [/articles/old/]\n---\n")
                .write("content/articles/b.md", "---\ntitle: B\naliases:\n  - /articles/other/\n  - /articles/old/\n---\n")
                .build();
        Diagnostic d = only(result, "content/articles/b.md:5:5: error: alias `/articles/old/` is also an alias of content/articles/a.md");
        assertEquals("two pages cannot share a URL: remove the alias, or move the other page", d.hint());
    }

    @Test
    void failsOnAliasThatIsAnotherPagesUrl() {
        var result = site().write("content/articles/a.md", "---\ntitle: A\naliases: [/handbook/process/]\n---\n").build();
        only(result, "content/articles/a.md:3:11: error: alias `/handbook/process/` is the URL of content/handbook/process.md");
    }

    @Test
    void failsOnAliasAtAPageHireguideMakes() {
        var result = site().write("content/a.md", "---\ntitle: A\naliases: [/404.html, /search/]\n---\n").build();
        Diagnostic d = only(result, "content/a.md:3:11: error: alias `/404.html` is the URL of the generated 404 page /404.html");
        assertEquals("hireguide writes that page itself: remove the alias", d.hint());
        only(result, "content/a.md:3:22: error: alias `/search/` is the URL of the generated search page /search/");
    }

    @Test
    void failsOnFilesAtPathsHireguideWritesItself() {
        var result = site()
                .write("content/roles/backend.md", "---\ntitle: Backend engineer\n---\nJob description.\n")
                .write("content/robots.txt", "User-agent: *\n")
                .write("content/Sitemap.xml", "<urlset/>")
                .write("content/404.html", "<p>Lost</p>")
                .write("content/search/index.html", "<p>Search</p>")
                .write("content/search/manifest.js", "x")
                .write("content/search/d/0.js", "x")
                .write("content/roles/backend/job-description.txt", "x")
                .write("content/search/logo.png", "x")
                .write("content/roles/backend/photo.png", "x")
                .build();
        Diagnostic d = only(result, "content/robots.txt: error: hireguide writes robots.txt at /robots.txt, which would replace this file");
        assertEquals("rename or move this file; the build makes that one itself", d.hint());
        // Letter case does not tell files apart on every file system.
        only(result, "content/Sitemap.xml: error: hireguide writes the sitemap at /sitemap.xml");
        only(result, "content/404.html: error: hireguide writes the 404 page at /404.html");
        only(result, "content/search/index.html: error: hireguide writes the search page at /search/index.html");
        only(result, "content/search/manifest.js: error: hireguide writes the search index at /search/manifest.js");
        only(result, "content/search/d/0.js: error: hireguide writes the search index at /search/d/0.js");
        only(result, "content/roles/backend/job-description.txt: error: hireguide writes the job description of "
                + "content/roles/backend.md at /roles/backend/job-description.txt");
        assertEquals(7, result.diagnostics().stream().filter(x -> x.message().contains("which would replace")).count(),
                () -> String.join("\n", TestSite.headlines(result)));
    }

    @Test
    void failsOnAFolderWhereHireguideWritesAFile() {
        var result = site()
                .write("content/robots.txt/notes.png", "x")
                .write("content/a.md", "---\ntitle: A\naliases: [/sitemap.xml/]\n---\n").build();
        Diagnostic d = only(result, "content/robots.txt/notes.png: error: /robots.txt/notes.png needs a folder /robots.txt/, "
                + "where hireguide writes robots.txt");
        assertEquals("rename or move it; the build makes that file itself", d.hint());
        only(result, "content/a.md:3:11: error: alias `/sitemap.xml/` needs a folder /sitemap.xml/, where hireguide writes the sitemap");
    }

    @Test
    void failsOnAPageAtTheSearchPagesAddressInOtherLetterCase() {
        var result = site().write("content/Search.md", "---\ntitle: Find\n---\nText.\n").build();
        Diagnostic d = only(result, "content/Search.md: error: this page's URL /Search/ differs only in letter case "
                + "from the search page hireguide writes at /search/");
        assertEquals("name its folder or file `search` to put this page in the search page's place, or move it", d.hint());
    }

    @Test
    void failsOnASlugThatPutsAPageAtTheSearchPagesAddressInOtherLetterCase() {
        var result = site().write("content/find.md", "---\ntitle: Find\nslug: SEARCH\n---\nText.\n").build();
        Diagnostic d = only(result, "content/find.md:3:7: error: this page's URL /SEARCH/ differs only in letter case");
        assertEquals("write the slug `search` to put this page in the search page's place, or move it", d.hint());
    }

    @Test
    void aPageAtSearchInOtherLetterCaseBesideOneAtSearchIsOneProblem() {
        var result = site().write("content/Search.md", "---\ntitle: Find\n---\nText.\n")
                .write("content/search.md", "---\ntitle: Search\n---\nText.\n")
                .write("content/search/index.html", "<p>x</p>").build();
        assertEquals(List.of("content/search.md: error: this page has the same URL as content/Search.md (/search/)",
                "content/search/index.html: error: this page has the same URL as content/Search.md (/search/)"),
                TestSite.headlines(result));
    }

    @Test
    void aPageAtSearchKeepsItsOwnFilesBesideTheSearchIndex() {
        var result = site()
                .write("content/search/_index.md", "---\ntitle: Find\n---\nOur own search page.\n")
                .write("content/search/help.png", "x")
                .write("content/search/d/diagram.png", "x")
                .build();
        assertEquals(List.of(), TestSite.headlines(result));
    }

    @Test
    void failsOnAliasThatIsNotASitePath() {
        var result = site().write("content/a.md", "---\ntitle: A\naliases: [guides/old, /../x/]\n---\n").build();
        only(result, "content/a.md:3:11: error: alias `guides/old` is not a site path");
        only(result, "content/a.md:3:23: error: alias `/../x/` is not a site path");
    }

    @Test
    void failsOnWikiLinkFromAPublicPageToAnInternalOne() {
        var result = site()
                .write("content/notes/bands.md", "---\ntitle: Bands\naudience: internal\n---\n")
                .write("content/a.md", "---\ntitle: A\n---\nSee [[notes/bands]].\n").build();
        Diagnostic d = only(result, "content/a.md:4:5: error: wiki link `[[notes/bands]]`: this public page links to "
                + "`notes/bands`, which is internal");
        assertEquals("mark this page `audience: internal`, or remove the link", d.hint());
    }

    @Test
    void reportsEveryBrokenLinkOfABuild() {
        var result = site()
                .write("content/a.md", "---\ntitle: A\n---\n[1](/nope/) [2](#nope) [[nope]]\n")
                .write("content/b.md", "---\ntitle: B\n---\n![3](/missing.png)\n").build();
        assertEquals(4, result.diagnostics().stream().filter(Diagnostic::isError).count(),
                String.join("\n", TestSite.headlines(result)));
        assertFalse(new TestSite(dir).exists("a/index.html"), "nothing is written");
    }

    /** A site path is looked up once for the whole check; each page still reports it where it wrote it. */
    @Test
    void theSameBrokenSitePathOnTwoPagesIsReportedAtEach() {
        var result = site()
                .write("content/a.md", "---\ntitle: A\n---\n[x](/handbook/proces/)\n")
                .write("content/handbook/b.md", "---\ntitle: B\n---\nText.\n\nSee [x](/handbook/proces/).\n").build();
        List<String> headlines = TestSite.headlines(result);
        assertEquals(List.of(
                "content/a.md:4:1: error: broken link `/handbook/proces/`: nothing is written at /handbook/proces/",
                "content/handbook/b.md:6:5: error: broken link `/handbook/proces/`: nothing is written at /handbook/proces/"),
                headlines.stream().filter(h -> h.contains("error")).sorted().toList());
    }

    /** A relative link resolves from each page's own folder: the same one can be fine on one page and broken on another. */
    @Test
    void theSameRelativeLinkIsResolvedFromEachPage() {
        var result = site()
                .write("content/handbook/b.md", "---\ntitle: B\n---\n[x](../process/)\n")
                .write("content/a.md", "---\ntitle: A\n---\nText.\n\n[x](../process/)\n").build();
        only(result, "content/a.md:6:1: error: broken link `../process/`: nothing is written at /process");
    }

    @Test
    void checkCommandRunsTheLinkCheckToo() {
        var result = site().write("content/a.md", "---\ntitle: A\n---\n[x](/nope/)\n").build(BuildOptions.of(dir).checkOnly());
        only(result, "content/a.md:4:1: error: broken link `/nope/`");
    }
}
