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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns records into the static index under {@code search/}: a manifest, term shards, document
 * chunks and the framework facet. Records are numbered by type, then page, so that a type is one
 * range of numbers and a page's records sit together; all iteration is over sorted maps, so the
 * same records always give the same bytes.
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
    /** Document chunks are cut once they reach this many characters. */
    static final int CHUNK_LIMIT = 2_500;
    /** The longest snippet text kept per record. */
    static final int SNIPPET_LIMIT = 240;
    /** A title with at most this many terms counts its terms as "short title" matches, the strongest. */
    static final int SHORT_TITLE = 3;

    private static final int SHORT = 0;
    private static final int TITLE = 1;
    private static final int BODY = 2;

    private IndexBuilder() {
    }

    /** The records in index order. */
    static List<SearchRecord> order(List<SearchRecord> records) {
        Set<String> seen = new HashSet<>();
        List<SearchRecord> unique = new ArrayList<>();
        for (SearchRecord record : records) {
            if (seen.add(record.id())) {
                unique.add(record);
            }
        }
        Map<SearchRecord, Integer> position = new HashMap<>();
        for (int i = 0; i < unique.size(); i++) {
            position.put(unique.get(i), i);
        }
        List<SearchRecord> sorted = new ArrayList<>(unique);
        sorted.sort(Comparator.comparingInt((SearchRecord r) -> TYPE_ORDER.indexOf(r.type()))
                .thenComparing(r -> pageId(r.id()))
                .thenComparingInt(r -> r.anchor().isEmpty() ? 0 : 1)
                .thenComparingInt(position::get));
        return sorted;
    }

    private static String pageId(String recordId) {
        int hash = recordId.indexOf('#');
        return hash < 0 ? recordId : recordId.substring(0, hash);
    }

    /** The index files for records already in {@link #order(List)}. */
    static List<OutputFile> files(List<SearchRecord> records) {
        Map<String, IntList[]> postings = new TreeMap<>();
        for (int id = 0; id < records.size(); id++) {
            SearchRecord record = records.get(id);
            Set<String> title = new TreeSet<>(Tokenizer.terms(record.title()));
            boolean shortTitle = title.size() <= SHORT_TITLE;
            add(postings, title, shortTitle ? SHORT : TITLE, id);
            for (String keyword : record.keywords()) {
                Set<String> terms = new TreeSet<>(Tokenizer.terms(keyword));
                add(postings, terms, terms.size() <= SHORT_TITLE ? SHORT : TITLE, id);
            }
            add(postings, new TreeSet<>(Tokenizer.terms(bodyText(record))), BODY, id);
        }
        Map<String, String> entries = new TreeMap<>();
        Map<String, List<String>> lists = new TreeMap<>();
        postings.forEach((term, fields) -> {
            List<String> encoded = new ArrayList<>(3);
            for (IntList field : fields) {
                encoded.add(field == null ? "" : PostingCodec.encode(field.values, field.size));
            }
            lists.put(term, encoded);
            StringBuilder entry = new StringBuilder();
            ScriptJson.string(entry, term);
            entry.append(':');
            ScriptJson.write(entry, encoded);
            entries.put(term, entry.toString());
        });

        List<OutputFile> files = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        shard("", new ArrayList<>(entries.keySet()), entries, keys);
        Map<String, Map<String, List<String>>> shards = new TreeMap<>();
        keys.forEach(key -> shards.put(key, new LinkedHashMap<>()));
        lists.forEach((term, encoded) -> shards.get(owner(term, keys)).put(term, encoded));
        shards.forEach((key, shard) -> {
            String name = shardName(key);
            files.add(OutputFile.text(FOLDER + name + ".js", ScriptJson.call(name, shard)));
        });

        List<Integer> chunkStarts = new ArrayList<>();
        List<Object> chunk = new ArrayList<>();
        int chunkSize = 0;
        for (int id = 0; id < records.size(); id++) {
            if (chunk.isEmpty()) {
                chunkStarts.add(id);
            }
            SearchRecord record = records.get(id);
            List<String> doc = List.of(record.title(), record.url(), String.join(" › ", record.hierarchy()),
                    PlainText.shorten(record.content(), SNIPPET_LIMIT));
            chunk.add(doc);
            chunkSize += doc.stream().mapToInt(String::length).sum() + 12;
            if (chunkSize >= CHUNK_LIMIT || id == records.size() - 1) {
                String name = "d/" + (chunkStarts.size() - 1);
                files.add(OutputFile.text(FOLDER + name + ".js", ScriptJson.call(name, chunk)));
                chunk = new ArrayList<>();
                chunkSize = 0;
            }
        }

        Map<String, List<Integer>> frameworks = new TreeMap<>();
        Map<String, List<Integer>> categories = new TreeMap<>();
        Map<Level, List<Integer>> levels = new TreeMap<>();
        Map<String, int[]> types = new LinkedHashMap<>();
        for (int id = 0; id < records.size(); id++) {
            SearchRecord record = records.get(id);
            int[] range = types.computeIfAbsent(record.type(), t -> new int[] {0, 0});
            if (range[1] == 0) {
                range[0] = id;
            }
            range[1]++;
            for (String framework : record.frameworks()) {
                frameworks.computeIfAbsent(framework, k -> new ArrayList<>()).add(id);
            }
            if (!record.category().isEmpty()) {
                categories.computeIfAbsent(record.category(), k -> new ArrayList<>()).add(id);
            }
            for (String level : record.levels()) {
                levels.computeIfAbsent(Level.valueOf(level.toUpperCase(java.util.Locale.ROOT)), k -> new ArrayList<>()).add(id);
            }
        }
        List<Object> frameworkFacet = new ArrayList<>();
        frameworks.forEach((name, ids) -> frameworkFacet.add(List.of(name, encode(ids))));
        files.add(OutputFile.text(FOLDER + "frameworks.js", ScriptJson.call("frameworks", frameworkFacet)));

        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", 1);
        manifest.put("records", records.size());
        manifest.put("stop", Tokenizer.STOP_WORDS);
        manifest.put("shards", keys);
        manifest.put("chunks", chunkStarts.isEmpty() ? "" : encode(chunkStarts, true));
        List<Object> typeFacet = new ArrayList<>();
        types.forEach((type, range) -> typeFacet.add(List.of(type, TYPE_LABELS.getOrDefault(type, type), range[0], range[1])));
        manifest.put("types", typeFacet);
        List<Object> levelFacet = new ArrayList<>();
        levels.forEach((level, ids) -> levelFacet.add(List.of(level.key(), level.label(), encode(ids))));
        manifest.put("levels", levelFacet);
        List<Object> categoryFacet = new ArrayList<>();
        categories.forEach((name, ids) -> categoryFacet.add(List.of(name, encode(ids))));
        manifest.put("categories", categoryFacet);
        manifest.put("frameworks", frameworks.size());
        files.add(OutputFile.text(FOLDER + "manifest.js", ScriptJson.call("manifest", manifest)));
        files.sort(Comparator.comparing(OutputFile::path));
        return files;
    }

    /** What a record's body terms come from: its text, where it sits, and its facet values. */
    private static String bodyText(SearchRecord record) {
        StringBuilder text = new StringBuilder(record.content());
        for (String part : record.hierarchy()) {
            text.append(' ').append(part);
        }
        text.append(' ').append(record.category());
        for (String level : record.levels()) {
            text.append(' ').append(level);
        }
        return text.toString();
    }

    private static void add(Map<String, IntList[]> postings, Set<String> terms, int field, int id) {
        for (String term : terms) {
            IntList[] fields = postings.computeIfAbsent(term, t -> new IntList[3]);
            if (fields[field] == null) {
                fields[field] = new IntList();
            }
            fields[field].add(id);
        }
    }

    /**
     * Cuts the sorted terms that start with {@code prefix} into shards of at most {@link #SHARD_LIMIT}
     * characters: a shard too big is split by the next character, and the terms equal to the
     * prefix, plus any small groups, stay in the shard named by the prefix itself.
     */
    private static void shard(String prefix, List<String> terms, Map<String, String> entries, List<String> keys) {
        int size = terms.stream().mapToInt(t -> entries.get(t).length() + 1).sum();
        if (size <= SHARD_LIMIT || terms.stream().allMatch(t -> t.length() <= prefix.length())) {
            keys.add(prefix);
            return;
        }
        Map<String, List<String>> byNext = new TreeMap<>();
        List<String> own = new ArrayList<>();
        for (String term : terms) {
            if (term.length() <= prefix.length()) {
                own.add(term);
            } else {
                int next = prefix.length() + Character.charCount(term.codePointAt(prefix.length()));
                byNext.computeIfAbsent(term.substring(0, next), k -> new ArrayList<>()).add(term);
            }
        }
        // Small groups stay together in the prefix's own shard rather than becoming tiny files.
        int ownSize = own.stream().mapToInt(t -> entries.get(t).length() + 1).sum();
        List<Map.Entry<String, List<String>>> big = new ArrayList<>();
        for (Map.Entry<String, List<String>> group : byNext.entrySet()) {
            int groupSize = group.getValue().stream().mapToInt(t -> entries.get(t).length() + 1).sum();
            if (ownSize + groupSize <= SHARD_LIMIT / 2) {
                ownSize += groupSize;
            } else {
                big.add(group);
            }
        }
        if (ownSize > 0 || prefix.isEmpty()) {
            keys.add(prefix);
        }
        for (Map.Entry<String, List<String>> group : big) {
            shard(group.getKey(), group.getValue(), entries, keys);
        }
        keys.sort(null);
    }

    /** The shard a term is in: the longest key that starts it. */
    static String owner(String term, List<String> keys) {
        String best = "";
        for (String key : keys) {
            if (term.startsWith(key) && key.length() >= best.length()) {
                best = key;
            }
        }
        return best;
    }

    /** {@code s/t} for the root shard, {@code s/t-as} for "as"; letters other than a-z and digits as {@code _hex_}. */
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

    private static String encode(List<Integer> ids) {
        return encode(ids, false);
    }

    private static String encode(List<Integer> ids, boolean gapsOnly) {
        int[] values = ids.stream().mapToInt(Integer::intValue).toArray();
        return gapsOnly ? PostingCodec.gaps(values, values.length) : PostingCodec.encode(values, values.length);
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
