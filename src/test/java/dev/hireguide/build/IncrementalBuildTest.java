package dev.hireguide.build;

import dev.hireguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds with a {@link BuildCache} give, after any sequence of edits, exactly what a clean build
 * gives: the same diagnostics and, when the build succeeds, the same files byte for byte. A
 * failed build leaves the folder as the last good build left it.
 */
class IncrementalBuildTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final String[] WORDS = {"async", "hiring", "salary", "senior", "API", "Python", "interview",
        "pipeline", "review", "deploy", "schema", "queue", "latency", "budget", "signal", "offer"};

    @TempDir
    Path dir;

    @Test
    void randomEditsBuildIncrementallyToWhatACleanBuildWrites() {
        for (long seed : new long[] {1, 2, 3}) {
            Path root = dir.resolve("seed-" + seed);
            new Edits(root, new Random(seed), false).run(24);
        }
    }

    @Test
    void randomEditsBuildToWhatACleanBuildWritesWhenTheBuildIsToldWhatChanged() {
        for (long seed : new long[] {4, 5, 6, 7}) {
            Path root = dir.resolve("told-" + seed);
            new Edits(root, new Random(seed), true).run(30);
        }
    }

    @Test
    void aBodyEditThatTheBuildIsToldOfRebuildsOnlyThatPage() throws Exception {
        TestSite site = typedSite(dir);
        BuildCache cache = new BuildCache();
        rebuild(site, cache);
        site.write("content/articles/a1.md", "---\ntitle: Article one\n---\nA new body.\n");
        BuildOptions options = BuildOptions.of(site.root()).withToday(TODAY).withOut(site.root().resolve("served"));
        BuildResult result = SiteBuilder.rebuild(options, cache, BuildProgress.NONE, Set.of("content/articles/a1.md"));
        assertFalse(result.failed());
        RebuildStats stats = cache.lastStats().orElseThrow();
        assertEquals(1, stats.parsed(), stats.toString());
        assertEquals(1, stats.rendered(), stats.toString());
        // The page, its document chunk, its words' shard, and six two-letter starts of the search
        // box: those of the first letters of the words it lost and gained, and those that show it.
        assertEquals(9, stats.written(), stats.toString());
        // No stage ran over the whole site: no scan, no assembling.
        assertEquals(List.of("parse", "render", "check", "search", "write"),
                result.stages().stream().map(StageTime::stage).toList());
        assertTrue(Files.readString(site.root().resolve("served/articles/a1/index.html")).contains("A new body."));
    }

    @Test
    void aBodyEditParsesAndRendersOnlyThatPage() {
        TestSite site = typedSite(dir);
        BuildCache cache = new BuildCache();
        rebuild(site, cache);
        site.write("content/articles/a1.md", "---\ntitle: Article one\n---\nA new body.\n");
        rebuild(site, cache);
        RebuildStats stats = cache.lastStats().orElseThrow();
        assertEquals(1, stats.parsed(), stats.toString());
        assertEquals(1, stats.rendered(), stats.toString());
        assertFalse(stats.allRendered(), stats.toString());
        // The page, and the search index's pieces that hold its text: its document chunk, (on a
        // site this small, with one shard) the shard of its words, and the six two-letter starts
        // of the first letters of the words it lost and gained and of those that show it.
        assertEquals(9, stats.written(), stats.toString());
    }

    @Test
    void aTitleEditRendersEveryPageButWritesOnlyChangedFiles() {
        TestSite site = typedSite(dir);
        BuildCache cache = new BuildCache();
        rebuild(site, cache);
        int files = cache.lastStats().orElseThrow().written();
        site.write("content/articles/a1.md", "---\ntitle: Article number one\n---\nFirst article.\n");
        rebuild(site, cache);
        RebuildStats stats = cache.lastStats().orElseThrow();
        assertEquals(1, stats.parsed(), stats.toString());
        assertTrue(stats.allRendered(), stats.toString());
        assertTrue(stats.written() > 1 && stats.written() < files, "pages that show the title: " + stats);
    }

    @Test
    void fixingABrokenPageRendersOnlyThatPage() {
        TestSite site = typedSite(dir);
        BuildCache cache = new BuildCache();
        rebuild(site, cache);
        site.write("content/articles/a1.md", "---\ntitle: Article one\nweight: heavy\n---\nFirst article.\n");
        try {
            BuildOptions options = BuildOptions.of(site.root()).withToday(TODAY).withOut(site.root().resolve("served"));
            assertTrue(SiteBuilder.rebuild(options, cache, BuildProgress.NONE).failed());
        } catch (dev.hireguide.output.OutputException e) {
            throw new AssertionError(e);
        }
        site.write("content/articles/a1.md", "---\ntitle: Article one\n---\nFirst article, fixed.\n");
        rebuild(site, cache);
        RebuildStats stats = cache.lastStats().orElseThrow();
        assertEquals(1, stats.rendered(), stats.toString());
        assertFalse(stats.allRendered(), stats.toString());
        // The new word adds a record number to the shard's lists, so the manifest, which has
        // each shard's weight, changes too; so do the two-letter starts that show the page, with
        // its new snippet: those of "a", "f" (which also gains "fixed") and "o".
        assertEquals(7, stats.written(), "the page, its search chunk and shard, the manifest, three starts: " + stats);
    }

    @Test
    void aNewLinkInABodyRendersTheLinkedPageWithItsBacklink() {
        TestSite site = typedSite(dir);
        BuildCache cache = new BuildCache();
        rebuild(site, cache);
        site.write("content/articles/a1.md", "---\ntitle: Article one\n---\nFirst article, on [[frameworks/flask]].\n");
        rebuild(site, cache);
        RebuildStats stats = cache.lastStats().orElseThrow();
        assertEquals(2, stats.rendered(), "the page and the one it now links to: " + stats);
        assertFalse(stats.allRendered(), stats.toString());
        assertTrue(new String(TestSite.snapshot(site.root().resolve("served")).get("frameworks/flask/index.html"),
                java.nio.charset.StandardCharsets.UTF_8).contains("Article one"), "Flask's page shows the backlink");
    }

    @Test
    void aSecondBuildWithoutChangesDoesNothingAgain() {
        TestSite site = typedSite(dir);
        BuildCache cache = new BuildCache();
        rebuild(site, cache);
        rebuild(site, cache);
        RebuildStats stats = cache.lastStats().orElseThrow();
        assertEquals(new RebuildStats(stats.files(), 0, stats.pages(), 0, false, 0, 0), stats);
    }

    private static BuildResult rebuild(TestSite site, BuildCache cache) {
        try {
            BuildOptions options = BuildOptions.of(site.root()).withToday(TODAY).withOut(site.root().resolve("served"));
            BuildResult result = SiteBuilder.rebuild(options, cache, BuildProgress.NONE);
            assertFalse(result.failed(), () -> TestSite.headlines(result).toString());
            return result;
        } catch (dev.hireguide.output.OutputException e) {
            throw new AssertionError(e);
        }
    }

    /** A small site with plain pages, sections, a framework hub, a glossary and a guide that links them. */
    static TestSite typedSite(Path root) {
        return TestSite.minimal(root)
                .write("content/articles/_index.md", "---\ntitle: Articles\n---\nAll articles.\n")
                .write("content/articles/a1.md", "---\ntitle: Article one\n---\nFirst article.\n")
                .write("content/articles/a2.md", "---\ntitle: Article two\nweight: 1\nrelated: [a1]\n---\nSee [one](/articles/a1/).\n")
                .write("content/articles/deep/a3.md", "---\ntitle: Article three\ntags: [python]\n---\n## Part\n\nThree.\n")
                .write("content/frameworks/fastapi.md", "---\ntitle: FastAPI\nname: FastAPI\nlanguage: Python\n---\nFast.\n")
                .write("content/frameworks/flask.md", "---\ntitle: Flask\nname: Flask\nlanguage: Python\n---\nFlask.\n")
                .write("content/glossary/_index.md", "---\ntitle: Glossary\n---\nTerms.\n")
                .write("content/glossary/asgi.md", "---\ntitle: ASGI\nterm: ASGI\nshort: The async server interface.\n---\nMeaning.\n")
                .write("content/guides/fastapi-developers.md", """
                        ---
                        title: Hiring FastAPI developers
                        frameworks: [fastapi]
                        skills: [async Python]
                        market:
                          as_of: 2025-01
                          source:
                            name: Example survey
                          region: United States
                          currency: USD
                          salary:
                            junior: {min: 85000, max: 110000}
                            mid: {min: 110000, max: 140000}
                            senior: {min: 140000, max: 185000}
                        ---
                        The guide, see [ASGI](/glossary/asgi/).
                        """)
                .write("content/files/notes.txt", "notes\n");
    }

    /** A random sequence of edits on one site, each followed by both builds and a comparison. */
    private static final class Edits {

        private final TestSite site;
        private final Random random;
        private final BuildCache cache = new BuildCache();
        private final Path served;
        private final Path clean;
        private final List<String> pages = new ArrayList<>(List.of("articles/a1.md", "articles/a2.md",
                "articles/deep/a3.md", "frameworks/fastapi.md", "frameworks/flask.md", "glossary/asgi.md"));
        private final List<String> log = new ArrayList<>();
        /** Whether each build is told what changed, as the dev server's watcher tells it. */
        private final boolean told;
        private final Set<String> changed = new TreeSet<>();
        private Map<String, byte[]> lastGood;
        private int counter;

        Edits(Path root, Random random, boolean told) {
            this.site = typedSite(root);
            this.random = random;
            this.told = told;
            this.served = root.resolve(".serve-out");
            this.clean = root.getParent().resolve(root.getFileName() + "-clean");
        }

        void run(int steps) {
            compare();
            for (int i = 0; i < steps; i++) {
                edit();
                compare();
            }
        }

        private void compare() {
            BuildOptions options = BuildOptions.of(site.root()).withToday(TODAY);
            BuildResult incremental;
            BuildResult full;
            try {
                incremental = told
                        ? SiteBuilder.rebuild(options.withOut(served), cache, BuildProgress.NONE, Set.copyOf(changed))
                        : SiteBuilder.rebuild(options.withOut(served), cache, BuildProgress.NONE);
                changed.clear();
                full = SiteBuilder.build(options.withOut(clean));
            } catch (dev.hireguide.output.OutputException e) {
                throw new AssertionError(e);
            }
            String when = "after " + log;
            assertEquals(TestSite.headlines(full), TestSite.headlines(incremental), when);
            assertEquals(full.failed(), incremental.failed(), when);
            if (full.failed()) {
                if (lastGood != null) {
                    assertSame(lastGood, TestSite.snapshot(served), "a failed build leaves the folder, " + when);
                }
                return;
            }
            lastGood = TestSite.snapshot(served);
            assertSame(TestSite.snapshot(clean), lastGood, when);
        }

        private void edit() {
            int choice = random.nextInt(told ? 16 : 13);
            switch (choice) {
                case 13, 14, 15 -> {
                    // The writer at work: the body changes, the front matter stays.
                    String page = pick();
                    String text = read(page);
                    int end = text.indexOf("\n---\n", 4);
                    if (end > 0) {
                        write(page, text.substring(0, end + 5) + (random.nextBoolean() ? body() : sentence() + "\n"));
                        log.add("body " + page);
                    }
                }
                case 0, 1, 2 -> {
                    String page = pick();
                    write(page, frontMatter(page, title(), "") + body());
                    log.add("body+title " + page);
                }
                case 3 -> {
                    String page = pick();
                    String text = read(page);
                    write(page, text + "\n" + sentence() + "\n");
                    log.add("append " + page);
                }
                case 4 -> {
                    String page = (random.nextBoolean() ? "articles/" : "articles/deep/") + "new-" + (++counter) + ".md";
                    pages.add(page);
                    write(page, frontMatter(page, title(), random.nextBoolean() ? "weight: " + random.nextInt(5) + "\n" : "") + body());
                    log.add("add " + page);
                }
                case 5 -> {
                    if (pages.size() > 3) {
                        String page = pick();
                        pages.remove(page);
                        delete("content/" + page);
                        log.add("delete " + page);
                    }
                }
                case 6 -> {
                    String page = pick();
                    if (!page.startsWith("articles/")) {
                        return;
                    }
                    String to = (random.nextBoolean() ? "articles/" : "articles/other/") + "moved-" + (++counter) + ".md";
                    String text = read(page);
                    delete("content/" + page);
                    write(to, text);
                    pages.set(pages.indexOf(page), to);
                    log.add("rename " + page + " " + to);
                }
                case 7 -> {
                    if (random.nextBoolean()) {
                        writeFile("themes/default/templates/page.peb", "{% extends \"base.peb\" %}{% block content %}<h1>"
                                + word() + " {{ page.title }}</h1>{{ page.content | raw }}{% endblock %}");
                        log.add("template");
                    } else if (Files.exists(site.root().resolve("themes/default/templates/page.peb"))) {
                        delete("themes/default/templates/page.peb");
                        log.add("template removed");
                    }
                }
                case 8 -> {
                    writeFile("content/site.yaml", "title: " + title() + "\nbase_url: https://hiring.example.com/"
                            + (random.nextBoolean() ? "" : "hiring/") + "\n");
                    log.add("site.yaml");
                }
                case 9 -> {
                    String asset = "content/files/" + (random.nextBoolean() ? "notes.txt" : "extra-" + random.nextInt(3) + ".txt");
                    if (random.nextBoolean() || !Files.exists(site.root().resolve(asset))) {
                        writeFile(asset, sentence());
                        log.add("asset " + asset);
                    } else {
                        delete(asset);
                        log.add("asset removed " + asset);
                    }
                }
                case 10 -> {
                    String page = pick();
                    write(page, "---\ntitle: Broken\nweight: heavy\n---\nBroken.\n");
                    log.add("break " + page);
                }
                case 11 -> {
                    writeFile("themes/default/static/css/extra.css", "body { color: #" + random.nextInt(1000) + "; }\n");
                    log.add("static");
                }
                default -> {
                    String page = pick();
                    String text = read(page);
                    if (text.startsWith("---\n")) {
                        write(page, "---\n# a comment line moves every position below it\n" + text.substring(4));
                        log.add("front matter comment " + page);
                    }
                }
            }
        }

        /** Front matter that keeps the page valid for its folder's type. */
        private String frontMatter(String page, String title, String extra) {
            StringBuilder out = new StringBuilder("---\ntitle: ").append(title).append('\n').append(extra);
            if (page.startsWith("frameworks/")) {
                out.append("name: ").append(title).append("\nlanguage: Python\n");
            } else if (page.startsWith("glossary/")) {
                out.append("term: ").append(title).append("\nshort: ").append(sentence()).append('\n');
            } else if (random.nextInt(3) == 0) {
                String other = pick();
                if (other.startsWith("articles/")) {
                    out.append("related: [").append(other.substring(0, other.length() - 3)).append("]\n");
                }
            }
            return out.append("---\n").toString();
        }

        private String body() {
            StringBuilder out = new StringBuilder();
            for (int i = random.nextInt(3); i >= 0; i--) {
                out.append("## ").append(title()).append("\n\n").append(sentence()).append("\n\n");
            }
            String target = pick();
            out.append("See [the other page](/").append(target, 0, target.length() - 3).append("/).\n");
            return out.toString();
        }

        private String pick() {
            return pages.get(random.nextInt(pages.size()));
        }

        private String title() {
            String word = word();
            return Character.toUpperCase(word.charAt(0)) + word.substring(1) + " " + word();
        }

        private String sentence() {
            StringBuilder out = new StringBuilder(title());
            for (int i = 4 + random.nextInt(8); i > 0; i--) {
                out.append(' ').append(word());
            }
            return out.append('.').toString();
        }

        private String word() {
            return WORDS[random.nextInt(WORDS.length)];
        }

        private void write(String page, String text) {
            writeFile("content/" + page, text);
        }

        private void writeFile(String path, String text) {
            site.write(path, text);
            changed.add(path);
        }

        private void delete(String path) {
            site.delete(path);
            changed.add(path);
        }

        private String read(String page) {
            try {
                return Files.readString(site.root().resolve("content/" + page));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual, String when) {
        assertEquals(expected.keySet(), actual.keySet(), when);
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path + " " + when));
    }
}
