package dev.hireguide.search;

import dev.hireguide.output.OutputFile;
import dev.hireguide.search.IndexBuilder.IntList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The search box's answer to a word's first two letters typed alone, worked out at build time,
 * one file per first letter ({@code s/p-c.js}). After one letter the next key is the hardest to
 * foresee (any of twenty-odd letters), and its results would otherwise wait for a shard, then
 * for up to six document chunks. The file holds, for each second letter, how many records the
 * two letters find, how many of each type, and the documents of the first {@link #TOP}, ranked
 * as {@code run} and {@code topMatches} in search.js rank them: best field weight, exact term
 * above prefix, equal scores in record order. The box paints from it and loads the rest behind.
 * Like the query in search.js, it counts only the terms of the shards a two-letter word loads
 * (see {@link #loaded}): the longer terms that have shards of their own are left to three letters.
 */
final class TwoLetterStarts {

    /** The results the header box shows ({@code HEADER_RESULTS} in search.js). */
    static final int TOP = 6;
    /** Score by field (short title, title, body) of an exact term and of a longer one ({@code EXACT}, {@code PREFIX} in search.js). */
    private static final int[] EXACT = {16, 10, 2};
    private static final int[] PREFIX = {10, 6, 1};

    private TwoLetterStarts() {
    }

    /** {@code s/p-c} for "c"; characters other than a-z and 0-9 as in {@link IndexBuilder#shardName}. */
    static String name(String first) {
        return "s/p-" + IndexBuilder.shardName(first).substring("s/t-".length());
    }

    /** The first character of a term, as a string (one or two chars). */
    static String first(String term) {
        return term.substring(0, Character.charCount(term.codePointAt(0)));
    }

    /** Whether a term has a second character, so that it is in a two-letter start. */
    static boolean hasSecond(String term) {
        return term.length() > first(term).length();
    }

    /** What one first letter's file says, apart from the documents: kept to tell which records it shows. */
    record Table(String first, OutputFile file, int[] shown) {
    }

    /**
     * The file for the terms that start with {@code first}.
     *
     * @param terms    every term of the index, sorted
     * @param postings each term's record numbers by field
     * @param keys     the shard keys
     * @param typeOf   each record's type, by its place in the manifest's types
     * @param docs     the pages and documents of records, as in a chunk ({@code p} and {@code r})
     */
    static Table make(String first, NavigableMap<String, ?> terms, Map<String, IntList[]> postings, Set<String> keys,
            int[] typeOf, int types, Function<List<Integer>, Map<String, Object>> docs) {
        byte[] best = new byte[typeOf.length];
        IntList touched = new IntList();
        Map<String, Object> entries = new LinkedHashMap<>();
        Map<Integer, Integer> shown = new LinkedHashMap<>();
        String group = null;
        Set<String> shards = Set.of();
        for (String term : terms.subMap(first, true, first + Character.MAX_VALUE, false).keySet()) {
            if (!term.startsWith(first) || !hasSecond(term)) {
                continue;
            }
            String two = first + first(term.substring(first.length()));
            if (!two.equals(group)) {
                if (touched.size > 0) {
                    entries.put(group.substring(first.length()), entry(best, touched, typeOf, types, shown));
                }
                group = two;
                shards = loaded(two, keys);
            }
            if (!shards.contains(IndexBuilder.owner(term, keys))) {
                continue;
            }
            IntList[] fields = postings.get(term);
            int[] weights = term.equals(two) ? EXACT : PREFIX;
            for (int f = 0; f < fields.length; f++) {
                if (fields[f] == null) {
                    continue;
                }
                byte weight = (byte) weights[f];
                for (int n = 0; n < fields[f].size; n++) {
                    int id = fields[f].values[n];
                    if (best[id] == 0) {
                        touched.add(id);
                    }
                    if (best[id] < weight) {
                        best[id] = weight;
                    }
                }
            }
        }
        if (touched.size > 0) {
            entries.put(group.substring(first.length()), entry(best, touched, typeOf, types, shown));
        }
        List<Integer> ids = new ArrayList<>(shown.keySet());
        Map<String, Object> table = new LinkedHashMap<>(docs.apply(ids));
        table.put("i", ids);
        table.put("k", entries);
        String name = name(first);
        int[] records = ids.stream().mapToInt(Integer::intValue).sorted().toArray();
        return new Table(first, new OutputFile(IndexBuilder.FOLDER + name + ".js", ScriptJson.call(name, table), null), records);
    }

    /**
     * {@code [count, [count by type], [places of the first TOP in the file's documents]]} for the
     * records touched, which it then clears for the next group.
     */
    private static List<Object> entry(byte[] best, IntList touched, int[] typeOf, int types, Map<Integer, Integer> shown) {
        int[] byType = new int[types];
        // Best score first, then record number: the order of equal scores in search.js.
        long[] ranked = new long[touched.size];
        for (int n = 0; n < touched.size; n++) {
            int id = touched.values[n];
            byType[typeOf[id]]++;
            ranked[n] = ((long) (Byte.MAX_VALUE - best[id]) << 32) | id;
            best[id] = 0;
        }
        Arrays.sort(ranked);
        List<Integer> top = new ArrayList<>();
        for (int n = 0; n < Math.min(TOP, ranked.length); n++) {
            int id = (int) ranked[n];
            top.add(shown.computeIfAbsent(id, k -> shown.size()));
        }
        int count = touched.size;
        touched.size = 0;
        return List.of(count, Arrays.stream(byType).boxed().toList(), top);
    }

    /**
     * The shards that search.js loads for a word of two letters being typed ({@code shardsFor}):
     * the one of its longer terms, and the word's own when it has one. Sub-shards wait for a
     * third letter.
     */
    static Set<String> loaded(String two, Set<String> keys) {
        String own = two + IndexBuilder.EXACT;
        String prefix = IndexBuilder.prefixShard(two, keys);
        return keys.contains(own) ? Set.of(prefix, own) : Set.of(prefix);
    }

    /** The first letters that have a file, in order. */
    static List<String> firsts(NavigableMap<String, ?> terms) {
        TreeMap<String, Boolean> firsts = new TreeMap<>();
        for (String term : terms.keySet()) {
            if (hasSecond(term)) {
                firsts.put(first(term), true);
            }
        }
        return new ArrayList<>(firsts.keySet());
    }
}
