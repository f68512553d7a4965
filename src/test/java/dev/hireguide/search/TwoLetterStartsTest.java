package dev.hireguide.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hireguide.output.OutputFile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two-letter starts rank, count and show records as the search box's own query would. */
class TwoLetterStartsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void ranksByBestFieldExactAboveLongerTermsThenByRecordNumber() throws Exception {
        List<IndexedRecord> records = new ArrayList<>();
        // Record numbers follow type (terms first), then page.
        records.add(record("g1", "guide", "Hiring for resilience", "A circuit opens after errors."));
        records.add(record("g2", "guide", "Circuit breakers in depth for teams", "Trips and resets."));
        records.add(record("t1", "term", "Circuit breaker", "Stops calls to a failing service."));
        records.add(record("t2", "term", "CI", "Continuous integration."));
        records.add(record("q1", "question", "Explain ci pipelines to managers", "Builds on every push."));
        records.add(record("g3", "guide", "Cities, pay and salaries by region", "Pay by city."));
        IndexBuilder builder = new IndexBuilder(IndexBuilder.order(records));
        JsonNode c = table(builder, "c");
        JsonNode ci = c.get("k").get("i");
        // Everything with a term that starts with "ci": all six records.
        assertEquals(6, ci.get(0).asInt());
        // By type, in the manifest's order: terms, questions, guides.
        assertEquals("[2,1,3]", ci.get(1).toString());
        // "CI" exact in a short title (16); "Circuit breaker", a longer term in a short title, and
        // "ci" exact in a longer title (10 each, in record order); longer terms in titles (6);
        // a body (1).
        assertEquals(List.of("CI", "Circuit breaker", "Explain ci pipelines to managers", "Circuit breakers in depth for teams",
                "Cities, pay and salaries by region", "Hiring for resilience"), titles(c, ci.get(2)));
        // "co" only in a body: "Continuous integration".
        assertEquals(List.of("CI"), titles(c, c.get("k").get("o").get(2)));
        assertEquals(1, c.get("k").get("o").get(0).asInt());
    }

    @Test
    void showsTheFirstSixAndListsEachShownRecordOnce() throws Exception {
        List<IndexedRecord> records = new ArrayList<>();
        for (int n = 10; n < 20; n++) {
            records.add(record("g" + n, "guide", "Kafka streams " + n, "Kafka and kubernetes."));
        }
        IndexBuilder builder = new IndexBuilder(IndexBuilder.order(records));
        JsonNode k = table(builder, "k");
        JsonNode ka = k.get("k").get("a");
        JsonNode ku = k.get("k").get("u");
        assertEquals(10, ka.get(0).asInt());
        assertEquals(6, ka.get(2).size());
        assertEquals(List.of("Kafka streams 10", "Kafka streams 11", "Kafka streams 12", "Kafka streams 13",
                "Kafka streams 14", "Kafka streams 15"), titles(k, ka.get(2)));
        // "ku" shows the same six: their documents are in the file once.
        assertEquals(ka.get(2), ku.get(2));
        assertEquals(6, k.get("r").size());
        assertEquals(6, k.get("i").size());
        JsonNode manifest = script(builder, "search/manifest.js");
        assertTrue(manifest.get("starts").toString().contains("\"k\""), manifest.get("starts").toString());
    }

    @Test
    void aOneLetterTermHasNoStartAndOtherCharactersGetSafeNames() throws Exception {
        List<IndexedRecord> records = new ArrayList<>();
        records.add(record("g1", "guide", "C and Ñandú", "x y z"));
        IndexBuilder builder = new IndexBuilder(IndexBuilder.order(records));
        List<String> paths = builder.files().stream().map(OutputFile::path).filter(p -> p.startsWith("search/s/p-")).toList();
        // "c", "x", "y" and "z" are one letter; "Ñandú" is folded to "nandu".
        assertEquals(List.of("search/s/p-n.js"), paths);
        assertTrue(paths.stream().allMatch(p -> p.matches("search/s/p-([a-z0-9]|_[0-9a-f]+_)\\.js")), paths.toString());
        assertEquals("s/p-_f1_", TwoLetterStarts.name("ñ"));
    }

    /**
     * On a site big enough that its "co" terms are cut into several shards, each start says what
     * search.js finds for its two letters typed alone, which reads only the shard of the word's
     * longer terms and the word's own (worked out here as search.js does, from the written files).
     */
    @Test
    void agreesWithTheQueryOfTheShardsATwoLetterWordLoads() throws Exception {
        Random random = new Random(5);
        String letters = "abcdefghilmnoprstu";
        List<IndexedRecord> records = new ArrayList<>();
        for (int n = 0; n < 3_000; n++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "co " : "");
            for (int w = 0; w < 8; w++) {
                text.append(random.nextBoolean() ? "co" : "ca");
                for (int l = 2 + random.nextInt(3); l > 0; l--) {
                    text.append(letters.charAt(random.nextInt(letters.length())));
                }
                text.append(' ');
            }
            String title = text.substring(0, text.indexOf(" ", random.nextBoolean() ? 3 : 12));
            records.add(record("p" + n, n % 3 == 0 ? "term" : "guide", title, text.toString()));
        }
        IndexBuilder builder = new IndexBuilder(IndexBuilder.order(records));
        JsonNode manifest = script(builder, "search/manifest.js");
        Set<String> keys = new HashSet<>();
        manifest.get("shards").forEach(key -> keys.add(key.asText()));
        assertTrue(keys.stream().anyMatch(k -> k.startsWith("co") && k.length() > 2 && !k.endsWith("=")), keys.toString());
        JsonNode c = table(builder, "c");
        int checked = 0;
        for (String second : List.of("o", "a")) {
            JsonNode entry = c.get("k").get(second);
            List<Integer> shown = new ArrayList<>();
            entry.get(2).forEach(place -> shown.add(c.get("i").get(place.asInt()).asInt()));
            Query expected = query(builder, manifest, keys, "c" + second);
            assertEquals(expected.count, entry.get(0).asInt(), "c" + second);
            assertEquals(expected.byType, List.of(JSON.convertValue(entry.get(1), Integer[].class)), "c" + second);
            assertEquals(expected.top, shown, "c" + second);
            checked++;
        }
        assertEquals(2, checked);
    }

    private record Query(int count, List<Integer> byType, List<Integer> top) {
    }

    /** search.js's query for a two-letter word being typed: its shards, its matches, their scores and order. */
    private static Query query(IndexBuilder builder, JsonNode manifest, Set<String> keys, String two) throws Exception {
        int[] exact = {16, 10, 2};
        int[] prefix = {10, 6, 1};
        int records = manifest.get("records").asInt();
        int[] best = new int[records];
        Set<String> shards = new HashSet<>(List.of(IndexBuilder.owner(two, keys), IndexBuilder.prefixShard(two, keys)));
        for (String key : shards) {
            JsonNode shard = script(builder, "search/" + IndexBuilder.shardName(key) + ".js");
            for (java.util.Iterator<String> terms = shard.fieldNames(); terms.hasNext(); ) {
                String term = terms.next();
                if (!term.startsWith(two)) {
                    continue;
                }
                for (int f = 0; f < 3; f++) {
                    String list = shard.get(term).get(f).asText();
                    if (list.isEmpty()) {
                        continue;
                    }
                    for (int id : PostingCodec.decode(list)) {
                        best[id] = Math.max(best[id], (term.equals(two) ? exact : prefix)[f]);
                    }
                }
            }
        }
        JsonNode types = manifest.get("types");
        int[] byType = new int[types.size()];
        List<Integer> found = new ArrayList<>();
        for (int id = 0; id < records; id++) {
            if (best[id] == 0) {
                continue;
            }
            found.add(id);
            for (int t = 0; t < types.size(); t++) {
                int start = types.get(t).get(2).asInt();
                if (id >= start && id < start + types.get(t).get(3).asInt()) {
                    byType[t]++;
                }
            }
        }
        List<Integer> top = found.stream().sorted((a, b) -> best[b] != best[a] ? best[b] - best[a] : a - b).limit(6).toList();
        return new Query(found.size(), java.util.Arrays.stream(byType).boxed().toList(), top);
    }

    private static IndexedRecord record(String id, String type, String title, String content) {
        return IndexedRecord.of(new SearchRecord(id, type, title, "", "p/" + id + "/", List.of(), List.of(), content,
                List.of(), List.of(), ""));
    }

    private static JsonNode table(IndexBuilder builder, String first) throws Exception {
        return script(builder, "search/" + TwoLetterStarts.name(first) + ".js");
    }

    private static JsonNode script(IndexBuilder builder, String path) throws Exception {
        OutputFile file = builder.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
        String text = new String(file.bytes(), StandardCharsets.UTF_8);
        return JSON.readTree(text.substring(text.indexOf(',') + 1, text.lastIndexOf(')')));
    }

    private static List<String> titles(JsonNode table, JsonNode places) {
        List<String> titles = new ArrayList<>();
        places.forEach(place -> titles.add(table.get("r").get(place.asInt()).get(0).asText()));
        return titles;
    }
}
