package dev.hireguide.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hireguide.build.BuildOptions;
import dev.hireguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search index of a small site: its records, facets, shards, escaping and bytes. */
class SearchIndexTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NASTY = "</script><img src=x onerror=alert(1)>";

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.minimal(dir)
                .write("content/frameworks/fastapi.md", """
                        ---
                        title: FastAPI
                        name: FastAPI
                        language: Python
                        aliases: [fast-api]
                        summary: A Python framework for building APIs.
                        ---
                        FastAPI is quick to write.
                        """)
                .write("content/questions/fastapi.md", """
                        ---
                        title: FastAPI interview questions
                        frameworks: [fastapi]
                        questions:
                          - id: async-endpoints
                            question: When should an endpoint be `async def`?
                            category: Async and concurrency
                            level: [mid, senior]
                            reveals: Whether they know what blocks the event loop
                            deep_answer: Explains that blocking calls stall every request
                          - id: jwt-logout
                            question: How does logout work with JWT access tokens?
                            category: Security
                            level: junior
                            reveals: Whether they understand stateless tokens
                        ---
                        Questions for FastAPI developers.
                        """)
                .write("content/glossary/jwt.md", """
                        ---
                        title: JWT
                        term: JWT
                        aliases: [JSON Web Token]
                        short: A signed token that carries who the user is.
                        ---
                        A **JWT** is sent with every request.
                        """)
                .write("content/glossary/nasty.md", "---\ntitle: \"" + NASTY + "\"\nterm: Nasty\n"
                        + "short: A term whose title is markup.\n---\nBody <b>bold</b> text.\n")
                .write("content/guides/fastapi.md", """
                        ---
                        title: Hiring FastAPI developers
                        frameworks: [fastapi]
                        skills: [async Python, Pydantic]
                        market:
                          as_of: 2026-01
                          source: {name: Example survey}
                        ---
                        An introduction about hiring.

                        ## What the role involves

                        Building asynchronous services.

                        ## Salary

                        Senior developers earn more.

                        ### In Europe

                        Lower than in the United States.
                        """)
                .write("content/notes/_index.md", "---\ntitle: Notes\naudience: internal\n---\n")
                .write("content/notes/secret.md", "---\ntitle: Secret pay bands\n---\nZebracorn salaries.\n");
    }

    private static JsonNode script(Path file) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.startsWith("hireguideSearch(\"") && text.endsWith(");\n"), file.toString());
        int comma = text.indexOf("\",") + 2;
        return JSON.readTree(text.substring(comma, text.length() - 3));
    }

    private List<String> recordIds(TestSite site) throws IOException {
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("records.ndjson"))) {
            ids.add(JSON.readTree(line).get("id").asText());
        }
        return ids;
    }

    private TestSite buildWithRecords() {
        TestSite site = site();
        var result = site.build(BuildOptions.of(dir).withSearchRecords(dir.resolve("records.ndjson")));
        assertFalse(result.failed(), () -> TestSite.headlines(result).toString());
        return site;
    }

    @Test
    void indexesPagesQuestionsTermsAndSectionsEachWithItsOwnUrl() throws IOException {
        buildWithRecords();
        Map<String, JsonNode> records = new TreeMap<>();
        for (String line : Files.readAllLines(dir.resolve("records.ndjson"))) {
            JsonNode record = JSON.readTree(line);
            records.put(record.get("url").asText(), record);
        }
        String base = "https://hiring.example.com/";
        JsonNode question = records.get(base + "questions/fastapi/#async-endpoints");
        assertEquals("question", question.get("type").asText());
        assertEquals("When should an endpoint be async def?", question.get("title").asText());
        assertEquals(List.of("FastAPI interview questions", "Async and concurrency"), texts(question.get("hierarchy")));
        assertEquals(List.of("mid", "senior"), texts(question.get("level")));
        assertEquals(List.of("FastAPI"), texts(question.get("framework")));
        assertEquals("Async and concurrency", question.get("category").asText());
        assertTrue(question.get("content").asText().contains("blocks the event loop"));
        assertEquals("questions_2ffastapi_23async-endpoints", question.get("id").asText());
        assertEquals(question.get("id"), question.get("objectID"));

        JsonNode term = records.get(base + "glossary/jwt/");
        assertEquals("term", term.get("type").asText());
        assertEquals(List.of("JSON Web Token"), texts(term.get("keywords")));

        JsonNode section = records.get(base + "guides/fastapi/#in-europe");
        assertEquals("guide", section.get("type").asText());
        assertEquals("In Europe", section.get("title").asText());
        assertEquals(List.of("Hiring FastAPI developers", "Salary"), texts(section.get("hierarchy")));
        assertEquals("Lower than in the United States.", section.get("content").asText());
        assertEquals("An introduction about hiring. async Python Pydantic",
                records.get(base + "guides/fastapi/").get("content").asText(), "the page keeps its intro, not its sections");
        assertEquals(List.of("FastAPI"), texts(records.get(base + "frameworks/fastapi/").get("framework")));
    }

    @Test
    void leavesInternalPagesOutOfAPublicBuild() throws IOException {
        buildWithRecords();
        String all = Files.readString(dir.resolve("records.ndjson"));
        assertFalse(all.contains("Secret pay bands") || all.contains("Zebracorn"), all);
        for (Path file : files(dir.resolve("site/search")).values()) {
            assertFalse(Files.readString(file).contains("zebracorn"), file.toString());
        }
        assertTrue(recordIds(null).stream().noneMatch(id -> id.startsWith("notes")));

        site().build(BuildOptions.of(dir).withAudience(dev.hireguide.content.Audience.INTERNAL)
                .withSearchRecords(dir.resolve("records.ndjson")));
        assertTrue(Files.readString(dir.resolve("records.ndjson")).contains("Secret pay bands"),
                "an internal build indexes internal pages");
    }

    @Test
    void escapesMarkupInEveryScriptItWrites() throws IOException {
        buildWithRecords();
        boolean found = false;
        for (Path file : files(dir.resolve("site/search")).values()) {
            String text = Files.readString(file);
            if (!file.toString().endsWith(".js")) {
                continue;
            }
            assertFalse(text.contains("<"), file + " has a raw <");
            assertFalse(text.contains(">"), file + " has a raw >");
            found |= text.contains("\\u003c/script\\u003e\\u003cimg src=x onerror=alert(1)\\u003e");
        }
        assertTrue(found, "the title is in the index, as data");
        assertTrue(Files.readString(dir.resolve("records.ndjson")).contains("\"title\":\"\\u003c/script\\u003e"));
    }

    @Test
    void shardsHoldEachTermWithItsRecordsByField() throws IOException {
        buildWithRecords();
        Path search = dir.resolve("site/search");
        JsonNode manifest = script(search.resolve("manifest.js"));
        List<String> keys = texts(manifest.get("shards"));
        List<String> order = new ArrayList<>();
        order.addAll(urlsInOrder(search, manifest));
        assertEquals(manifest.get("records").asInt(), order.size());

        Set<String> keySet = Set.copyOf(keys);
        JsonNode shard = script(search.resolve(IndexBuilder.shardName(IndexBuilder.owner("jwt", keySet)) + ".js"));
        JsonNode jwt = shard.get("jwt");
        Set<String> shortTitle = urls(order, jwt.get(0).asText());
        Set<String> body = urls(order, jwt.get(2).asText());
        assertEquals(Set.of("glossary/jwt/", "questions/fastapi/#jwt-logout"), union(shortTitle, urls(order, jwt.get(1).asText())));
        assertTrue(shortTitle.contains("glossary/jwt/"), "a one-word title is a short-title match");
        assertTrue(body.contains("glossary/jwt/"), body.toString());

        assertTrue(urls(order, script(search.resolve(IndexBuilder.shardName(IndexBuilder.owner("hire", keySet)) + ".js"))
                .get("hire").get(2).asText()).contains("guides/fastapi/"), "'hiring' is indexed as 'hire'");
    }

    @Test
    void theManifestWeighsEachShardByTheRecordNumbersInItsLists() throws IOException {
        buildWithRecords();
        Path search = dir.resolve("site/search");
        JsonNode manifest = script(search.resolve("manifest.js"));
        List<String> keys = texts(manifest.get("shards"));
        assertEquals(keys.size(), manifest.get("weights").size());
        for (int i = 0; i < keys.size(); i++) {
            int numbers = 0;
            for (JsonNode lists : script(search.resolve(IndexBuilder.shardName(keys.get(i)) + ".js"))) {
                for (JsonNode list : lists) {
                    numbers += list.asText().isEmpty() ? 0 : PostingCodec.decode(list.asText()).size();
                }
            }
            assertTrue(numbers > 0, keys.get(i));
            assertEquals(numbers, manifest.get("weights").get(i).asInt(), keys.get(i));
        }
    }

    @Test
    void facetsComeFromTypedFields() throws IOException {
        buildWithRecords();
        Path search = dir.resolve("site/search");
        JsonNode manifest = script(search.resolve("manifest.js"));
        List<String> order = urlsInOrder(search, manifest);
        Map<String, Set<String>> types = new TreeMap<>();
        for (JsonNode type : manifest.get("types")) {
            types.put(type.get(0).asText(), new TreeSet<>(order.subList(type.get(2).asInt(), type.get(2).asInt() + type.get(3).asInt())));
        }
        assertEquals(Set.of("glossary/jwt/", "glossary/nasty/"), types.get("term"));
        assertEquals(Set.of("questions/fastapi/", "questions/fastapi/#async-endpoints", "questions/fastapi/#jwt-logout"),
                types.get("question"));
        assertTrue(types.get("guide").containsAll(Set.of("guides/fastapi/", "guides/fastapi/#salary")));
        JsonNode facets = script(search.resolve("facets.js"));
        assertEquals("[[\"junior\",\"Junior\"],[\"mid\",\"Mid-level\"],[\"senior\",\"Senior\"]]",
                manifest.get("levels").toString(), "the manifest names the levels used");
        Map<String, Set<String>> levels = new TreeMap<>();
        facets.get("level").forEach(l -> levels.put(l.get(0).asText(), urls(order, l.get(1).asText())));
        assertEquals(Map.of("junior", Set.of("questions/fastapi/#jwt-logout"),
                "mid", Set.of("questions/fastapi/#async-endpoints"),
                "senior", Set.of("questions/fastapi/#async-endpoints")), levels);
        Map<String, Set<String>> categories = new TreeMap<>();
        facets.get("category").forEach(c -> categories.put(c.get(0).asText(), urls(order, c.get(1).asText())));
        assertEquals(Set.of("Async and concurrency", "Security"), categories.keySet());
        JsonNode frameworks = facets.get("framework");
        assertEquals("FastAPI", frameworks.get(0).get(0).asText());
        Set<String> fastapi = urls(order, frameworks.get(0).get(1).asText());
        assertTrue(fastapi.containsAll(Set.of("frameworks/fastapi/", "questions/fastapi/#jwt-logout", "guides/fastapi/#salary")));
        assertFalse(fastapi.contains("glossary/jwt/"));
    }

    @Test
    void theSameContentGivesTheSameBytes() {
        TestSite site = buildWithRecords();
        Map<String, byte[]> first = TestSite.snapshot(site.out().resolve("search"));
        site.build(BuildOptions.of(dir).withOut(dir.resolve("again")));
        Map<String, byte[]> second = TestSite.snapshot(dir.resolve("again/search"));
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
    }

    @Test
    void writesTheSearchPageRelativeToItsFolder() {
        TestSite site = buildWithRecords();
        String html = site.read("search/index.html");
        assertTrue(html.contains("id=\"search-page\""), html);
        assertTrue(html.contains("<script src=\"../js/search.js\" defer>"), "page-relative, so it works from disk");
        assertTrue(html.contains("Search needs JavaScript"), "says so when scripts are off");
    }

    /** The URL of every record, in index order, from the document chunks. */
    private static List<String> urlsInOrder(Path search, JsonNode manifest) throws IOException {
        List<String> urls = new ArrayList<>();
        int records = manifest.get("records").asInt();
        int size = manifest.get("chunk").asInt();
        for (int i = 0; i * size < records; i++) {
            JsonNode chunk = script(search.resolve("d/" + i + ".js"));
            for (JsonNode doc : chunk.get("r")) {
                String path = chunk.get("p").get(doc.get(1).asInt()).get(0).asText();
                urls.add(doc.get(2).asText().isEmpty() ? path : path + "#" + doc.get(2).asText());
            }
        }
        return urls;
    }

    private static Set<String> urls(List<String> order, String encoded) {
        if (encoded.isEmpty()) {
            return Set.of();
        }
        return PostingCodec.decode(encoded).stream().map(order::get).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Map<String, Path> files(Path folder) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        try (var walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).forEach(f -> files.put(folder.relativize(f).toString(), f));
        }
        return files;
    }

    @SuppressWarnings("unused")
    private static List<String> sorted(String... values) {
        return Arrays.stream(values).sorted().toList();
    }
}
