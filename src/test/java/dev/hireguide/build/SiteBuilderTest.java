package dev.hireguide.build;

import dev.hireguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteBuilderTest {

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.minimal(dir).withPlainTemplates()
                .write("content/articles/_index.md", "---\ntitle: Articles\n---\nAll articles.\n")
                .write("content/articles/fastapi.md", "---\ntitle: Hiring FastAPI developers\nweight: 2\n---\n# Intro\n")
                .write("content/articles/flask.md", "---\ntitle: Hiring Flask developers\nweight: 1\n---\nFlask.\n");
    }

    @Test
    void writesPrettyUrlsForPagesSectionsAndHome() {
        TestSite site = site();
        site.buildOk();
        assertTrue(site.read("articles/fastapi/index.html").contains("<title>Hiring FastAPI developers</title>"));
        assertTrue(site.read("articles/index.html").startsWith("<h1>Articles</h1>"));
        assertTrue(site.read("index.html").startsWith("<h1>Home</h1>"));
        assertTrue(site.exists("404.html"));
    }

    @Test
    void ordersSectionPagesByWeightThenTitle() {
        TestSite site = site();
        site.buildOk();
        String list = site.read("articles/index.html");
        assertTrue(list.indexOf("Flask") < list.indexOf("FastAPI"), list);
    }

    @Test
    void slugReplacesFileNameInUrl() {
        TestSite site = site().write("content/articles/drf.md", "---\ntitle: DRF\nslug: django-rest\n---\nx\n");
        site.buildOk();
        assertTrue(site.exists("articles/django-rest/index.html"));
        assertFalse(site.exists("articles/drf/index.html"));
    }

    @Test
    void folderWithoutIndexBecomesSectionTitledFromItsName() {
        TestSite site = site().write("content/interview-questions/fastapi.md", "---\ntitle: Q\n---\nx\n");
        site.buildOk();
        assertTrue(site.read("interview-questions/index.html").startsWith("<h1>Interview questions</h1>"));
    }

    @Test
    void copiesOtherFilesToTheSamePath() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2};
        TestSite site = site().write("content/articles/chart.png", png);
        site.buildOk();
        assertArrayEquals(png, TestSite.snapshot(site.out()).get("articles/chart.png"));
    }

    @Test
    void aFileOfContentReplacesTheThemesStaticFileAtItsPath() {
        TestSite site = site().write("content/favicon.svg", "<svg>ours</svg>");
        site.buildOk();
        assertEquals("<svg>ours</svg>", site.read("favicon.svg"));
        assertTrue(site.exists("css/site.css"));
    }

    @Test
    void leavesDraftsOutUnlessAsked() {
        TestSite site = site().write("content/articles/wip.md", "---\ntitle: WIP\ndraft: true\n---\nx\n");
        site.buildOk();
        assertFalse(site.exists("articles/wip/index.html"));
        site.build(BuildOptions.of(dir).withDrafts(true));
        assertTrue(site.exists("articles/wip/index.html"));
    }

    @Test
    void prefixesEveryInternalUrlWithTheBasePath() {
        TestSite site = site()
                .write("content/site.yaml", "title: T\nbase_url: https://intranet.example.com/hiring\n")
                .write("content/articles/links.md", "---\ntitle: Links\n---\nSee [Flask](/articles/flask/).\n");
        site.buildOk();
        // Pages link relative to themselves, so they work under the base path and from disk ...
        String home = site.read("index.html");
        assertTrue(home.contains("href=\"css/site.css\""), home);
        assertTrue(home.contains("href=\"articles/\""), home);
        assertTrue(site.read("articles/links/index.html").contains("href=\"../../articles/flask/\""));
        // ... and the 404 page, served at any depth, with the base path.
        assertTrue(site.read("404.html").contains("href=\"/hiring/\""));
        assertTrue(site.read("sitemap.xml").contains("<loc>https://intranet.example.com/hiring/articles/fastapi/</loc>"));
        assertTrue(site.read("robots.txt").contains("Sitemap: https://intranet.example.com/hiring/sitemap.xml"));
    }

    @Test
    void baseUrlOptionWinsOverSiteYaml() {
        TestSite site = site();
        site.build(BuildOptions.of(dir).withBaseUrl("https://other.example.org/x/"));
        assertTrue(site.read("sitemap.xml").contains("https://other.example.org/x/articles/"));
    }

    @Test
    void writesSitemapWithLastModifiedFromFrontMatter() {
        TestSite site = site().write("content/articles/dated.md",
                "---\ntitle: Dated\ndate: 2026-03-01\nupdated: 2026-05-02\n---\nx\n");
        site.buildOk();
        assertTrue(site.read("sitemap.xml").contains(
                "<loc>https://hiring.example.com/articles/dated/</loc><lastmod>2026-05-02</lastmod>"));
    }

    @Test
    void buildsTheSameBytesTwice() {
        TestSite site = site();
        site.build(BuildOptions.of(dir).withOut(dir.resolve("one")));
        site.build(BuildOptions.of(dir).withOut(dir.resolve("two")));
        var one = TestSite.snapshot(dir.resolve("one"));
        var two = TestSite.snapshot(dir.resolve("two"));
        assertEquals(one.keySet(), two.keySet());
        one.forEach((path, bytes) -> assertArrayEquals(bytes, two.get(path), path));
    }

    @Test
    void buildsTheSameBytesWhateverOrderFilesWereCreatedIn(@TempDir Path other) {
        TestSite first = site();
        TestSite second = new TestSite(other)
                .write("content/articles/flask.md", "---\ntitle: Hiring Flask developers\nweight: 1\n---\nFlask.\n")
                .write("content/articles/fastapi.md", "---\ntitle: Hiring FastAPI developers\nweight: 2\n---\n# Intro\n")
                .write("content/articles/_index.md", "---\ntitle: Articles\n---\nAll articles.\n")
                .write("content/_index.md", "---\ntitle: Home\n---\nWelcome.\n")
                .write("content/site.yaml", "title: Test hiring articles\nbase_url: https://hiring.example.com/\n")
                .withPlainTemplates();
        first.buildOk();
        second.buildOk();
        var a = TestSite.snapshot(first.out());
        var b = TestSite.snapshot(second.out());
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path));
    }

    @Test
    void buildsTheSameBytesWhateverTheLocaleAndTimeZone() {
        TestSite site = site().write("content/articles/dated.md",
                "---\ntitle: \u0130stanbul TITLE\ndate: 2026-03-01\nweight: 1000000\n---\nI \u0131 i.\n");
        site.build(BuildOptions.of(dir).withOut(dir.resolve("one")));
        java.util.Locale locale = java.util.Locale.getDefault();
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));
            site.build(BuildOptions.of(dir).withOut(dir.resolve("two")));
        } finally {
            java.util.Locale.setDefault(locale);
            java.util.TimeZone.setDefault(zone);
        }
        var one = TestSite.snapshot(dir.resolve("one"));
        var two = TestSite.snapshot(dir.resolve("two"));
        assertEquals(one.keySet(), two.keySet());
        one.forEach((path, bytes) -> assertArrayEquals(bytes, two.get(path), path));
    }

    @Test
    void failedBuildLeavesThePreviousSiteIntact() {
        TestSite site = site();
        site.buildOk();
        var before = TestSite.snapshot(site.out());
        site.write("content/articles/zz-broken.md", "---\ntitle: Broken\nlayout: broken\n---\nx\n")
                .write("themes/default/templates/broken.peb", "{{ page.title }}\n{{ page.nosuchfield }}\n");
        assertTrue(site.build().failed());
        var after = TestSite.snapshot(site.out());
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
    }

    @Test
    void removesPagesDeletedFromContent() {
        TestSite site = site();
        site.buildOk();
        assertTrue(site.exists("articles/flask/index.html"));
        site.delete("content/articles/flask.md").buildOk();
        assertFalse(site.exists("articles/flask/index.html"));
    }

    @Test
    void cleansUpWhatAKilledBuildLeftBehind() throws Exception {
        TestSite site = site();
        site.buildOk();
        Path staging = dir.resolve(".site.tmp-killed");
        Files.createDirectories(staging.resolve("articles"));
        Files.writeString(staging.resolve("articles/half.html"), "half");
        site.buildOk();
        assertFalse(Files.exists(staging));
    }

    @Test
    void restoresThePreviousSiteWhenABuildWasKilledBetweenRenames() throws Exception {
        TestSite site = site();
        site.buildOk();
        var before = TestSite.snapshot(site.out());
        // A build killed after moving the old site aside, before moving the new one in.
        Files.move(site.out(), dir.resolve(".site.old-killed"));
        site.write("content/articles/_index.md", "---\ntitle: Articles\nlayout: missing\n---\n");
        assertTrue(site.build().failed());
        assertEquals(before.keySet(), TestSite.snapshot(site.out()).keySet());
        assertFalse(Files.exists(dir.resolve(".site.old-killed")));
    }

    @Test
    void aBrokenLinkFoundAfterThePagesWereWrittenLeavesTheOldSiteAndNoStagingFolder() throws Exception {
        TestSite site = site();
        site.buildOk();
        var before = TestSite.snapshot(site.out());
        // Every page is written into the staging folder as it is rendered; the link check comes after.
        site.write("content/articles/flask.md", "---\ntitle: Flask\n---\nSee [the guide](/articles/missing/).\n");
        var result = site.build();
        assertTrue(result.failed());
        assertTrue(TestSite.headlines(result).stream().anyMatch(h -> h.contains("content/articles/flask.md:4:5")),
                TestSite.headlines(result).toString());
        var after = TestSite.snapshot(site.out());
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
        try (var entries = Files.list(dir)) {
            assertEquals(java.util.List.of(), entries.map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith(".site.tmp-")).toList());
        }
    }

    @Test
    void checkWritesNothing() {
        TestSite site = site();
        var result = site.build(BuildOptions.of(dir).checkOnly());
        assertFalse(result.failed());
        assertFalse(Files.exists(site.out()));
    }
}
