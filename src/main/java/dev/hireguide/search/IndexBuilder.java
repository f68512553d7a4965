package dev.hireguide.search;

import dev.hireguide.content.Level;
import dev.hireguide.output.OutputFile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * Turns records into the static index under {@code search/}: a manifest, term shards, document
 * chunks and the facets. Records are numbered by type, then page, so that a type is one range
 * of numbers and a page's records sit together; all iteration is over sorted maps, so the same
 * records always give the same bytes.
 */
final class IndexBuilder {

    /** The folder of the index in the site. */
    static final String FOLDER = "search/";
    /** Types in the order their records are numbered, which is also the order of equal scores. */
    static final List<String> TYPE_ORDER = List.of("term", "question", "guide", "comparison", "role", "framework", "page");
    private static final Map<String, String> TYPE_LABELS = Map.of("term", "Term", "question", "Question",
            "guide", "Guide", "comparison", "Comparison", "role", "Role", "framework", "Framework", "page", "Page");
    /** A shard bigger than this (in characters) is split by the next letter of its terms. */
    static final int SHARD_LIMIT = 12_000;
    /** Records per document chunk. */
    static final int CHUNK_SIZE = 16;
    /** The longest snippet text kept per record. */
    static final int SNIPPET_LIMIT = 200;
    /** A title with at most this many terms counts its terms as "short title" matches, the strongest. */
    static final int SHORT_TITLE = 3;
    /** Marks a shard that holds one term only, the one its key names: {@code hire=}. */
    static final String EXACT = "=";

    private IndexBuilder() {
    }

    /** The records in index order, each id once. */
    static List<IndexedRecord> order(List<IndexedRecord> records) {
        Set<String> seen = new HashSet<>();
        List<Integer> unique = new ArrayList<>();
        // The sort keys, worked out once per record rather than at each comparison.
        int[] types = new int[records.size()];
        String[] pages = new String[records.size()];
        for (int i = 0; i < records.size(); i++) {
            SearchRecord record = records.get(i).record();
            if (seen.add(record.id())) {
                unique.add(i);
                types[i] = TYPE_ORDER.indexOf(record.type());
                pages[i] = pageId(record.id());
            }
        }
        unique.sort(Comparator.comparingInt((Integer i) -> types[i])
                .thenComparing(i -> pages[i])
                .thenComparingInt(i -> records.get(i).record().anchor().isEmpty() ? 0 : 1)
                .thenComparingInt(i -> i));
        return unique.stream().map(records::get).toList();
    }

    private static String pageId(String recordId) {
        int hash = recordId.indexOf('#');
        return hash < 0 ? recordId : recordId.substring(0, hash);
    }

    /** The index files for records already in {@link #order(List)}. */
    static List<OutputFile> files(List<IndexedRecord> records) {
        // The chunks need nothing from the shards: made on the common pool while this thread does the shards.
        CompletableFuture<List<OutputFile>> chunks = CompletableFuture.supplyAsync(() -> docs(records));
        List<OutputFile> files = new ArrayList<>();
        List<String> keys = shards(records, files);
        Set<Level> levels = facets(records, files);
        files.addAll(chunks.join());

        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", 2);
        manifest.put("records", records.size());
        manifest.put("chunk", CHUNK_SIZE);
        manifest.put("stop", Tokenizer.STOP_WORDS);
        manifest.put("shards", keys);
        Map<String, int[]> types = new LinkedHashMap<>();
        for (int id = 0; id < records.size(); id++) {
            int[] range = types.computeIfAbsent(records.get(id).record().type(), t -> new int[] {0, 0});
            if (range[1] == 0) {
                range[0] = id;
            }
            range[1]++;
        }
        List<Object> typeFacet = new ArrayList<>();
        types.forEach((type, range) -> typeFacet.add(List.of(type, TYPE_LABELS.getOrDefault(type, type), range[0], range[1])));
        manifest.put("types", typeFacet);
        manifest.put("levels", levels.stream().map(l -> List.of(l.key(), l.label())).toList());
        files.add(OutputFile.text(FOLDER + "manifest.js", ScriptJson.call("manifest", manifest)));
        files.sort(Comparator.comparing(OutputFile::path));
        return files;
    }

    /** Writes the term shards; returns their keys, sorted. */
    private static List<String> shards(List<IndexedRecord> records, List<OutputFile> files) {
        Map<String, IntList[]> postings = new HashMap<>();
        for (int id = 0; id < records.size(); id++) {
            IndexedRecord record = records.get(id);
            add(postings, record.shortTitle(), 0, id);
            add(postings, record.title(), 1, id);
            add(postings, record.body(), 2, id);
        }
        // Encoding is the costly part and each term is on its own, so terms are encoded in parallel.
        Map<String, List<String>> lists = new TreeMap<>(postings.entrySet().parallelStream().collect(
                java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> encode(e.getValue()))));
        Map<String, Integer> sizes = new HashMap<>();
        lists.forEach((term, encoded) -> sizes.put(term, term.length() + 10 + encoded.stream().mapToInt(String::length).sum()));
        List<String> keys = new ArrayList<>();
        shard("", new ArrayList<>(lists.keySet()), sizes, keys);
        keys.sort(null);
        Set<String> keySet = new HashSet<>(keys);
        Map<String, Map<String, List<String>>> shards = new TreeMap<>();
        keys.forEach(key -> shards.put(key, new LinkedHashMap<>()));
        lists.forEach((term, encoded) -> shards.get(owner(term, keySet)).put(term, encoded));
        shards.forEach((key, shard) -> {
            String name = shardName(key);
            files.add(OutputFile.text(FOLDER + name + ".js", ScriptJson.call(name, shard)));
        });
        return keys;
    }

    /**
     * Cuts the sorted terms that start with {@code prefix} into shards of at most {@link #SHARD_LIMIT}
     * characters. A prefix whose terms fit is one shard. Else the term equal to the prefix, when it
     * is big, gets a shard of its own ({@code prefix=}); the groups of terms by next character that
     * fit together stay in the prefix's shard; and each bigger group is cut the same way.
     */
    private static void shard(String prefix, List<String> terms, Map<String, Integer> sizes, List<String> keys) {
        int total = terms.stream().mapToInt(sizes::get).sum();
        if (total <= SHARD_LIMIT) {
            keys.add(prefix);
            return;
        }
        Map<String, List<String>> byNext = new TreeMap<>();
        int own = 0;
        for (String term : terms) {
            if (term.length() == prefix.length()) {
                if (sizes.get(term) > SHARD_LIMIT / 4) {
                    keys.add(term + EXACT);
                } else {
                    own += sizes.get(term);
                }
            } else {
                int next = prefix.length() + Character.charCount(term.codePointAt(prefix.length()));
                byNext.computeIfAbsent(term.substring(0, next), k -> new ArrayList<>()).add(term);
            }
        }
        // Small groups, smallest first, share the prefix's own shard.
        List<Map.Entry<String, List<String>>> groups = new ArrayList<>(byNext.entrySet());
        groups.sort(Comparator.comparingInt((Map.Entry<String, List<String>> g) -> g.getValue().stream().mapToInt(sizes::get).sum())
                .thenComparing(Map.Entry::getKey));
        List<Map.Entry<String, List<String>>> big = new ArrayList<>();
        for (Map.Entry<String, List<String>> group : groups) {
            int size = group.getValue().stream().mapToInt(sizes::get).sum();
            if (own + size <= SHARD_LIMIT) {
                own += size;
            } else {
                big.add(group);
            }
        }
        if (own > 0 || prefix.isEmpty()) {
            keys.add(prefix);
        }
        for (Map.Entry<String, List<String>> group : big) {
            shard(group.getKey(), group.getValue(), sizes, keys);
        }
    }

    /** The shard a term is in: its own ({@code term=}) if it has one, else the longest key that starts it. */
    static String owner(String term, Set<String> keys) {
        if (keys.contains(term + EXACT)) {
            return term + EXACT;
        }
        for (int end = term.length(); end > 0; end--) {
            if (keys.contains(term.substring(0, end))) {
                return term.substring(0, end);
            }
        }
        return "";
    }

    /** {@code s/t} for the root shard, {@code s/t-as} for "as"; characters other than a-z and 0-9 as {@code _hex_}. */
    static String shardName(String key) {
        StringBuilder name = new StringBuilder("s/t");
        if (!key.isEmpty()) {
            name.append('-');
        }
        key.codePoints().forEach(c -> {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                name.appendCodePoint(c);
            } else {
                name.append('_').append(Integer.toHexString(c)).append('_');
            }
        });
        return name.toString();
    }

    /**
     * The records in chunks of {@link #CHUNK_SIZE}, for showing results: each chunk lists
     * its pages once ({@code [path, title]}) and each record as {@code [title, page, anchor, where,
     * snippet, levels]}, where {@code where} is the hierarchy after the page's title and
     * {@code levels} has a bit per level, junior first.
     */
    private static List<OutputFile> docs(List<IndexedRecord> records) {
        // Chunks are independent and writing their JSON is most of the work: made in parallel, kept in order.
        int count = (records.size() + CHUNK_SIZE - 1) / CHUNK_SIZE;
        return IntStream.range(0, count).parallel().mapToObj(n -> chunk(records, n)).toList();
    }

    private static OutputFile chunk(List<IndexedRecord> records, int n) {
        int start = n * CHUNK_SIZE;
        List<Object> pages = new ArrayList<>();
        Map<String, Integer> pageIndex = new HashMap<>();
        List<Object> docs = new ArrayList<>();
        for (IndexedRecord indexed : records.subList(start, Math.min(records.size(), start + CHUNK_SIZE))) {
            SearchRecord record = indexed.record();
            String pageTitle = record.hierarchy().isEmpty() ? record.title() : record.hierarchy().get(0);
            String pageKey = record.path() + "\n" + pageTitle;
            Integer page = pageIndex.get(pageKey);
            if (page == null) {
                page = pages.size();
                pageIndex.put(pageKey, page);
                pages.add(List.of(record.path(), pageTitle));
            }
            int levels = 0;
            for (String level : record.levels()) {
                levels |= 1 << Level.valueOf(level.toUpperCase(Locale.ROOT)).ordinal();
            }
            List<String> where = record.hierarchy().size() > 1 ? record.hierarchy().subList(1, record.hierarchy().size()) : List.of();
            docs.add(List.of(record.title(), page, record.anchor(), String.join(" › ", where),
                    PlainText.shorten(record.content(), SNIPPET_LIMIT), levels));
        }
        String name = "d/" + n;
        Map<String, Object> chunk = new LinkedHashMap<>();
        chunk.put("p", pages);
        chunk.put("r", docs);
        return OutputFile.text(FOLDER + name + ".js", ScriptJson.call(name, chunk));
    }

    /** Writes the level, category and framework facets; returns the levels used. */
    private static Set<Level> facets(List<IndexedRecord> records, List<OutputFile> files) {
        Map<Level, List<Integer>> levels = new TreeMap<>();
        Map<String, List<Integer>> categories = new TreeMap<>();
        Map<String, List<Integer>> frameworks = new TreeMap<>();
        for (int id = 0; id < records.size(); id++) {
            SearchRecord record = records.get(id).record();
            for (String level : record.levels()) {
                levels.computeIfAbsent(Level.valueOf(level.toUpperCase(Locale.ROOT)), k -> new ArrayList<>()).add(id);
            }
            if (!record.category().isEmpty()) {
                categories.computeIfAbsent(record.category(), k -> new ArrayList<>()).add(id);
            }
            for (String framework : record.frameworks()) {
                frameworks.computeIfAbsent(framework, k -> new ArrayList<>()).add(id);
            }
        }
        Map<String, Object> facets = new LinkedHashMap<>();
        List<Object> levelLists = new ArrayList<>();
        levels.forEach((level, ids) -> levelLists.add(List.of(level.key(), encode(ids))));
        facets.put("level", levelLists);
        List<Object> categoryLists = new ArrayList<>();
        categories.forEach((name, ids) -> categoryLists.add(List.of(name, encode(ids))));
        facets.put("category", categoryLists);
        List<Object> frameworkLists = new ArrayList<>();
        frameworks.forEach((name, ids) -> frameworkLists.add(List.of(name, encode(ids))));
        facets.put("framework", frameworkLists);
        files.add(OutputFile.text(FOLDER + "facets.js", ScriptJson.call("facets", facets)));
        return levels.keySet();
    }

    private static void add(Map<String, IntList[]> postings, String[] terms, int field, int id) {
        for (String term : terms) {
            IntList[] fields = postings.computeIfAbsent(term, t -> new IntList[3]);
            if (fields[field] == null) {
                fields[field] = new IntList();
            }
            fields[field].add(id);
        }
    }

    private static List<String> encode(IntList[] fields) {
        List<String> encoded = new ArrayList<>(fields.length);
        for (IntList field : fields) {
            encoded.add(field == null ? "" : PostingCodec.encode(field.values, field.size));
        }
        return encoded;
    }

    private static String encode(List<Integer> ids) {
        int[] values = ids.stream().mapToInt(Integer::intValue).toArray();
        return PostingCodec.encode(values, values.length);
    }

    /** A growable list of ascending ints that ignores a repeat of its last value. */
    static final class IntList {
        int[] values = new int[4];
        int size;

        void add(int value) {
            if (size > 0 && values[size - 1] == value) {
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }
}
