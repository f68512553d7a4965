package dev.hireguide.bench;

import dev.hireguide.build.BuildResult;
import dev.hireguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The synthetic corpus: deterministic, the size and mix asked for, valid, and the same text for Hugo. */
class CorpusGeneratorTest {

    private static final Pattern LINK = Pattern.compile("\\]\\((/[^)]*)\\)");

    @TempDir
    Path dir;

    @Test
    void sameSeedWritesByteIdenticalFiles() throws Exception {
        CorpusWriter.write(dir.resolve("a"), 60, 7);
        CorpusWriter.write(dir.resolve("b"), 60, 7);
        Map<String, byte[]> first = TestSite.snapshot(dir.resolve("a"));
        Map<String, byte[]> second = TestSite.snapshot(dir.resolve("b"));
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
        assertEquals(MemorySink.generate(60, 7).hash(), MemorySink.generate(60, 7).hash());
    }

    @Test
    void anotherSeedWritesOtherTextForTheSamePages() {
        MemorySink one = MemorySink.generate(60, 1);
        MemorySink two = MemorySink.generate(60, 2);
        assertNotEquals(one.hash(), two.hash());
        assertEquals(one.files.keySet(), two.files.keySet());
    }

    @Test
    void writesTheRequestedNumberOfPages() {
        for (int pages : new int[] {CorpusGenerator.MIN_PAGES, 60, 1000, 2345}) {
            MemorySink corpus = MemorySink.generate(pages, 1);
            assertEquals(pages, corpus.count("content/", ".md"), "hireguide pages for " + pages);
            assertEquals(pages, corpus.count("hugo/content/", ".md"), "Hugo pages for " + pages);
            assertEquals(pages, corpus.summary.sitePages());
        }
    }

    @Test
    void sharesPagesAmongTypesLikeALargeHiringSite() {
        MemorySink corpus = MemorySink.generate(10_000, 1);
        Map<String, Integer> counts = corpus.summary.counts();
        int content = counts.values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(10_000 - 8, content);
        for (Section section : Section.values()) {
            double share = 100.0 * counts.get(section.folder()) / content;
            assertEquals(section.percent(), share, 0.5, section.folder());
            assertEquals(counts.get(section.folder()), corpus.pages("content/" + section.folder() + "/").size());
        }
        List<Integer> bySize = Arrays.stream(Section.values()).map(s -> counts.get(s.folder())).toList();
        List<Integer> sorted = new ArrayList<>(bySize);
        sorted.sort((a, b) -> b - a);
        assertEquals(sorted, bySize, "questions, then terms, guides, roles, comparisons, frameworks, handbook");
    }

    @Test
    void smallestSiteStillHasEveryType() {
        Map<String, Integer> counts = MemorySink.generate(CorpusGenerator.MIN_PAGES, 1).summary.counts();
        for (Section section : Section.values()) {
            assertTrue(counts.get(section.folder()) >= section.minimum(), section.folder());
        }
    }

    @Test
    void refusesPageCountsOutsideTheLimits() {
        assertThrows(IllegalArgumentException.class, () -> MemorySink.generate(CorpusGenerator.MIN_PAGES - 1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> CorpusGenerator.generate(CorpusGenerator.MAX_PAGES + 1, 1, (p, t) -> { }));
    }

    @Test
    void bodiesAreAboutThreeKilobytesWithATableACodeBlockAndLinks() {
        Map<String, String> pages = MemorySink.generate(300, 3).pages("content/");
        long total = 0;
        for (Map.Entry<String, String> page : pages.entrySet()) {
            String body = MemorySink.body(page.getValue());
            total += body.length();
            assertTrue(body.length() > 2000 && body.length() < 4500, page.getKey() + ": " + body.length());
            assertTrue(body.contains("\n| --- | --- | --- | --- |\n"), page.getKey());
            assertTrue(body.contains("\n```"), page.getKey());
            assertTrue(LINK.matcher(body).find(), page.getKey());
        }
        double average = (double) total / pages.size();
        assertTrue(average > 2700 && average < 3400, "average body " + average);
    }

    @Test
    void everyInternalLinkPointsAtAGeneratedPage() {
        MemorySink corpus = MemorySink.generate(500, 5);
        int links = 0;
        for (Map.Entry<String, String> file : corpus.files.entrySet()) {
            if (!file.getKey().startsWith("content/") || !file.getKey().endsWith(".md")) {
                continue;
            }
            Matcher link = LINK.matcher(MemorySink.body(file.getValue()));
            while (link.find()) {
                String path = link.group(1);
                assertTrue(path.endsWith("/"), path);
                String target = path.substring(1, path.length() - 1);
                assertTrue(corpus.files.containsKey("content/" + target + ".md")
                        || corpus.files.containsKey("content/" + target + "/_index.md"), file.getKey() + " links to " + path);
                links++;
            }
        }
        assertTrue(links > 500 * 4, "links: " + links);
    }

    @Test
    void generatedSiteBuildsWithoutErrorsOrWarnings() throws Exception {
        CorpusWriter.write(dir, 200, 11);
        BuildResult result = new TestSite(dir).build();
        assertEquals(List.of(), TestSite.headlines(result));
        assertEquals(200, result.pages());
        assertTrue(Files.exists(dir.resolve("site/guides/index.html")));
    }

    @Test
    void hugoPagesHaveTheSameBodyAndCommonFields() {
        MemorySink corpus = MemorySink.generate(120, 9);
        Map<String, String> hireguide = corpus.pages("content/");
        Map<String, String> hugo = corpus.pages("hugo/content/");
        assertEquals(hireguide.keySet(), hugo.keySet());
        hireguide.forEach((path, text) -> {
            String twin = hugo.get(path);
            assertEquals(MemorySink.body(text), MemorySink.body(twin), path);
            String title = text.lines().filter(l -> l.startsWith("title: ")).findFirst().orElseThrow();
            assertTrue(twin.lines().anyMatch(title::equals), path);
            assertTrue(twin.lines().anyMatch(l -> l.startsWith("date: ")), path);
            // hireguide's own fields sit under params:, where Hugo gives them no meaning of its own.
            assertFalse(twin.lines().anyMatch(l -> l.startsWith("aliases:") || l.startsWith("role:")), path);
        });
    }

    @Test
    void hugoSiteHasComparableLayoutsAndNoTaxonomies() {
        MemorySink corpus = MemorySink.generate(CorpusGenerator.MIN_PAGES, 1);
        assertTrue(corpus.files.get("hugo/hugo.toml").contains("disableKinds = [\"taxonomy\", \"term\", \"RSS\"]"));
        for (String layout : List.of("baseof", "single", "list")) {
            assertTrue(corpus.files.containsKey("hugo/layouts/_default/" + layout + ".html"), layout);
        }
        assertTrue(corpus.files.get("hugo/layouts/_default/single.html").contains("{{ .Content }}"));
    }

    @Test
    void salaryRangesRiseWithTheLevel() {
        Pattern range = Pattern.compile("    (junior|mid|senior|lead): \\{min: (\\d+), max: (\\d+)}");
        for (String text : MemorySink.generate(400, 13).pages("content/guides/").values()) {
            long previousMin = 0;
            long previousMax = 0;
            int levels = 0;
            Matcher m = range.matcher(text);
            while (m.find()) {
                long min = Long.parseLong(m.group(2));
                long max = Long.parseLong(m.group(3));
                assertTrue(min <= max && min >= previousMin && max >= previousMax, text);
                previousMin = min;
                previousMax = max;
                levels++;
            }
            assertEquals(4, levels, text);
        }
    }
}
