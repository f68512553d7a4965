package dev.hireguide.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hireguide.output.OutputFile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
