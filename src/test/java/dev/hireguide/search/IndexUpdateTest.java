package dev.hireguide.search;

import dev.hireguide.output.OutputFile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An index brought up to date record by record holds the same files as one made again from the start. */
class IndexUpdateTest {

    private static final String[] WORDS = {"async", "python", "kafka", "hire", "hiring", "senior", "circuit", "breaker",
        "latency", "retry", "schema", "graphql", "rust", "tokio", "actix", "axum", "django", "flask", "fastapi",
        "react", "redux", "vue", "svelte", "interview", "question", "debrief", "scorecard", "salary", "remote",
        "onboarding", "kubernetes", "terraform", "postgres", "mongodb", "redis", "queue", "stream", "batch"};

    @Test
    void replacedRecordsGiveTheFilesOfAFreshIndex() {
        Random random = new Random(7);
        List<IndexedRecord> records = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            records.add(record(random, i));
        }
        List<IndexedRecord> ordered = IndexBuilder.order(records);
        IndexBuilder builder = new IndexBuilder(ordered);
        Map<String, byte[]> served = bytes(builder.files());
        assertTrue(served.keySet().stream().filter(p -> p.startsWith("search/s/")).count() > 3, served.keySet().toString());
        List<IndexedRecord> current = new ArrayList<>(ordered);
        for (int step = 0; step < 40; step++) {
            List<IndexedRecord> changed = new ArrayList<>();
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                int at = random.nextInt(current.size());
                IndexedRecord now = step % 10 == 9 ? record(random, Integer.parseInt(current.get(at).record().id().substring(1)), 400)
                        : record(random, Integer.parseInt(current.get(at).record().id().substring(1)));
                current.set(at, now);
                changed.add(now);
            }
            Optional<IndexBuilder.Change> change = builder.replace(changed);
            assertTrue(change.isPresent());
            change.get().removed().forEach(served::remove);
            served.putAll(bytes(change.get().files()));
            Map<String, byte[]> fresh = bytes(new IndexBuilder(IndexBuilder.order(current)).files());
            assertEquals(fresh.keySet(), served.keySet(), "step " + step);
            for (Map.Entry<String, byte[]> file : fresh.entrySet()) {
                assertEquals(new String(file.getValue(), StandardCharsets.UTF_8),
                        new String(served.get(file.getKey()), StandardCharsets.UTF_8), file.getKey() + " at step " + step);
            }
            assertEquals(fresh.keySet(), bytes(builder.files()).keySet());
        }
    }

    @Test
    void aNewRecordOrOneOfAnotherTypeCannotBeReplaced() {
        Random random = new Random(1);
        IndexBuilder builder = new IndexBuilder(IndexBuilder.order(List.of(record(random, 1), record(random, 2))));
        assertTrue(builder.replace(List.of(record(random, 3))).isEmpty());
        assertTrue(builder.replace(List.of(record(random, 2))).isPresent());
        // p3 would be a question, numbered before the guides.
        IndexedRecord question = record(random, 3);
        IndexBuilder withQuestion = new IndexBuilder(IndexBuilder.order(List.of(record(random, 1), record(random, 2))));
        SearchRecord r = question.record();
        assertTrue(withQuestion.replace(List.of(IndexedRecord.of(new SearchRecord("p2", r.type(), r.title(), r.anchor(),
                r.path(), r.hierarchy(), r.keywords(), r.content(), r.levels(), r.frameworks(), r.category())))).isEmpty());
    }

    @Test
    void theManifestIsWrittenAgainWhenAShardsWeightChanges() {
        IndexBuilder builder = new IndexBuilder(IndexBuilder.order(List.of(guide(1, "async python"), guide(2, "kafka"))));
        // The same terms in another order: the snippet's chunk changes, and so do the two-letter
        // starts that show the record ("as", "gu", "py"); no list does.
        Set<String> snippet = Set.of("search/d/0.js", "search/s/p-a.js", "search/s/p-g.js", "search/s/p-p.js");
        assertEquals(snippet, paths(builder.replace(List.of(guide(1, "python async"))).orElseThrow()));
        // One more term for the record: its shard's lists hold one more number, and "re" is a new
        // two-letter start, which the manifest lists.
        Set<String> more = new HashSet<>(snippet);
        more.addAll(Set.of("search/s/t.js", "search/s/p-r.js", "search/manifest.js"));
        assertEquals(more, paths(builder.replace(List.of(guide(1, "python async redis"))).orElseThrow()));
        // A new snippet for a record that no start shows (the starts show the first six of eight
        // equal records) writes no start again.
        List<IndexedRecord> eight = new ArrayList<>();
        for (int n = 1; n <= 8; n++) {
            eight.add(guide(n, "kafka"));
        }
        IndexBuilder equal = new IndexBuilder(IndexBuilder.order(eight));
        assertEquals(Set.of("search/d/0.js"), paths(equal.replace(List.of(guide(8, "kafka, kafka"))).orElseThrow()));
        assertEquals(Set.of("search/d/0.js", "search/s/p-k.js", "search/s/p-g.js"),
                paths(equal.replace(List.of(guide(1, "kafka, kafka"))).orElseThrow()));
    }

    @Test
    void recordsAreNumberedByTypeThenPageWithEachPageBeforeItsPartsAndEachIdOnce() {
        List<IndexedRecord> records = List.of(
                part("guides/b", "page", "x"), part("guides/b", "guide", ""), part("terms/api", "term", ""),
                part("guides/a", "guide", "two"), part("guides/a", "guide", "one"), part("odd/z", "widget", ""),
                part("guides/a", "guide", ""), part("guides/b", "guide", ""), part("q/fastapi", "question", "di"));
        List<String> ids = IndexBuilder.order(records).stream().map(r -> r.record().type() + " " + r.record().id()).toList();
        // A type hireguide does not know comes first; parts of a page keep the order they came in.
        assertEquals(List.of("widget odd/z", "term terms/api", "question q/fastapi#di", "guide guides/a",
                "guide guides/a#two", "guide guides/a#one", "guide guides/b", "page guides/b#x"), ids);
    }

    /**
     * Records in page order (as a build gives them) and shuffled, with repeated ids and types the
     * list does not name: the order is the one a sort by type, page, own record first, then the
     * order they came in gives, each id kept where it first came.
     */
    @Test
    void recordsInAnyOrderAreNumberedAsASortOfAllOfThemWould() {
        String[] types = {"term", "question", "guide", "comparison", "role", "framework", "page", "widget"};
        String[] anchors = {"", "", "a", "b", "c"};
        Random random = new Random(3);
        for (int run = 0; run < 300; run++) {
            List<IndexedRecord> records = new ArrayList<>();
            for (int i = random.nextInt(60); i > 0; i--) {
                String page = "p/" + (char) ('a' + random.nextInt(8)) + (random.nextBoolean() ? "" : "x");
                records.add(part(page, types[random.nextInt(types.length)], anchors[random.nextInt(anchors.length)]));
            }
            if (run % 2 == 0) {
                records.sort(java.util.Comparator.comparing((IndexedRecord r) -> r.record().id().split("#")[0]));
            }
            List<Integer> firsts = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < records.size(); i++) {
                if (seen.add(records.get(i).record().id())) {
                    firsts.add(i);
                }
            }
            firsts.sort(java.util.Comparator.comparingInt((Integer i) -> IndexBuilder.TYPE_ORDER.indexOf(records.get(i).record().type()))
                    .thenComparing(i -> records.get(i).record().id().split("#")[0])
                    .thenComparingInt(i -> records.get(i).record().anchor().isEmpty() ? 0 : 1)
                    .thenComparingInt(i -> i));
            List<IndexedRecord> expected = firsts.stream().map(records::get).toList();
            List<IndexedRecord> ordered = IndexBuilder.order(records);
            assertEquals(expected.size(), ordered.size());
            for (int i = 0; i < expected.size(); i++) {
                assertTrue(expected.get(i) == ordered.get(i), "run " + run + ", place " + i);
            }
        }
    }

    /**
     * Records given page by page, as a build gives them (pages in id order, each page's own
     * record first) and otherwise (pages out of order, a record without anchor after one with),
     * with a record's id now and then on two pages (a page's id with a '#'): the same order as
     * from all of them in one list, each id once.
     */
    @Test
    void recordsGivenPageByPageAreNumberedAsFromOneList() {
        String[] types = {"term", "question", "guide", "page", "widget"};
        String[] anchors = {"a", "b", "c", "a"};
        Random random = new Random(12);
        for (int run = 0; run < 500; run++) {
            List<String> pageIds = new ArrayList<>();
            for (int p = random.nextInt(12); p > 0; p--) {
                // Now and then a page whose id holds a '#', which another page's record can have too.
                String id = run % 4 == 0 && random.nextInt(4) == 0 ? "p/" + (char) ('a' + random.nextInt(3)) + "#a"
                        : "p/" + (char) ('a' + random.nextInt(20));
                if (!pageIds.contains(id)) {
                    pageIds.add(id);
                }
            }
            if (run % 3 != 0) {
                pageIds.sort(null);
            }
            List<List<IndexedRecord>> perPage = new ArrayList<>();
            List<IndexedRecord> all = new ArrayList<>();
            for (String page : pageIds) {
                List<IndexedRecord> records = new ArrayList<>();
                String type = types[random.nextInt(types.length)];
                records.add(part(page, type, run % 5 == 0 && random.nextBoolean() ? "z" : ""));
                for (int k = random.nextInt(4); k > 0; k--) {
                    String anchor = run % 7 == 0 && random.nextInt(3) == 0 ? "" : anchors[random.nextInt(anchors.length)];
                    records.add(part(page, random.nextInt(4) == 0 ? "question" : type, anchor));
                }
                perPage.add(records);
                all.addAll(records);
            }
            List<IndexedRecord> expected = IndexBuilder.order(all);
            List<IndexedRecord> ordered = IndexBuilder.order(perPage, pageIds);
            assertEquals(expected.size(), ordered.size(), "run " + run);
            for (int i = 0; i < expected.size(); i++) {
                assertTrue(expected.get(i) == ordered.get(i), "run " + run + ", place " + i);
            }
        }
    }

    private static IndexedRecord part(String page, String type, String anchor) {
        String id = anchor.isEmpty() ? page : page + "#" + anchor;
        return IndexedRecord.of(new SearchRecord(id, type, id, anchor, page + "/", List.of(), List.of(), "text",
                List.of(), List.of(), ""));
    }

    private static IndexedRecord guide(int n, String text) {
        return IndexedRecord.of(new SearchRecord("p" + n, "guide", "Guide " + n, "", "guides/p" + n + "/", List.of(),
                List.of(), text, List.of(), List.of(), ""));
    }

    private static Set<String> paths(IndexBuilder.Change change) {
        Set<String> paths = new HashSet<>();
        change.files().forEach(f -> paths.add(f.path()));
        return paths;
    }

    private static IndexedRecord record(Random random, int n) {
        return record(random, n, 12);
    }

    private static IndexedRecord record(Random random, int n, int words) {
        StringBuilder text = new StringBuilder();
        Set<String> seen = new HashSet<>();
        for (int i = random.nextInt(words) + 2; i > 0; i--) {
            String word = WORDS[random.nextInt(WORDS.length)];
            // A few words of their own, so that terms come and go.
            text.append(random.nextInt(4) == 0 ? word + random.nextInt(50) : word).append(' ');
            seen.add(word);
        }
        String type = n % 3 == 0 ? "question" : "guide";
        List<String> levels = random.nextInt(4) == 0 ? List.of("senior") : List.of();
        SearchRecord record = new SearchRecord("p" + n, type, WORDS[random.nextInt(WORDS.length)] + " " + n, "",
                "guides/p" + n + "/", List.of(), List.of(), text.toString().strip(), levels,
                random.nextInt(5) == 0 ? List.of("fastapi") : List.of(), random.nextInt(6) == 0 ? "debugging" : "");
        return IndexedRecord.of(record);
    }

    private static Map<String, byte[]> bytes(List<OutputFile> files) {
        Map<String, byte[]> out = new HashMap<>();
        files.forEach(f -> out.put(f.path(), f.bytes()));
        return out;
    }
}
