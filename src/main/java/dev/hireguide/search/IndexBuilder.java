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
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

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

    /**
     * {@link #order(List)} of the records of pages given page by page, each page's records with
     * its id (the page's, or it, {@code #} and an anchor), as {@link RecordExtractor} makes them.
     * When the pages come in id order and each page's own records (no anchor) come before its
     * others, which is how a build gives them, the order is the types' in turn, each type's
     * records as they came: no comparison of records (a sort of all of them took a tenth of a
     * second at 10,000 pages, on the build's one thread). Otherwise the records are sorted.
     */
    static List<IndexedRecord> order(List<List<IndexedRecord>> perPage, List<String> pageIds) {
        boolean inOrder = true;
        for (int i = 1; i < pageIds.size() && inOrder; i++) {
            inOrder = pageIds.get(i - 1).compareTo(pageIds.get(i)) < 0;
        }
        for (int i = 0; i < perPage.size() && inOrder; i++) {
            boolean anchored = false;
            for (IndexedRecord record : perPage.get(i)) {
                boolean own = record.record().anchor().isEmpty();
                inOrder &= !(own && anchored);
                anchored |= !own;
            }
        }
        if (!inOrder) {
            List<IndexedRecord> all = new ArrayList<>();
            perPage.forEach(all::addAll);
            return order(all);
        }
        Set<String> seen = new HashSet<>();
        List<List<IndexedRecord>> byType = new ArrayList<>();
        for (int t = 0; t <= TYPE_ORDER.size(); t++) {
            byType.add(new ArrayList<>());
        }
        for (List<IndexedRecord> records : perPage) {
            for (IndexedRecord record : records) {
                if (seen.add(record.record().id())) {
                    // A type the list does not name comes first, as in order(List).
                    byType.get(TYPE_ORDER.indexOf(record.record().type()) + 1).add(record);
                }
            }
        }
        List<IndexedRecord> ordered = new ArrayList<>(seen.size());
        byType.forEach(ordered::addAll);
        return List.copyOf(ordered);
    }

    private static String pageId(String recordId) {
        int hash = recordId.indexOf('#');
        return hash < 0 ? recordId : recordId.substring(0, hash);
    }

    // The index as last made: kept so that changed records change only the files they are in.
    private final List<IndexedRecord> records;
    /** Each record's number by id, made at the first {@link #replace} (only {@code serve}'s rebuilds need it). */
    private Map<String, Integer> position;
    private final Map<String, IntList[]> postings = new HashMap<>();
    private final TreeMap<String, List<String>> lists = new TreeMap<>();
    private final Map<String, Integer> sizes = new HashMap<>();
    private List<String> keys;
    private Set<String> keySet;
    private Set<Level> levels;
    private final TreeMap<String, OutputFile> files = new TreeMap<>();
    /** The terms in each shard file as last made, by key. */
    private final Map<String, Set<String>> shardTerms = new HashMap<>();
    /** Each shard's weight as last made, by key (see {@link #putShard}). */
    private final Map<String, Integer> shardWeights = new HashMap<>();
    /**
     * The types in the order their records come, which is their order in the manifest, and each
     * record's type by its place there (a replaced record keeps its type, so these never change).
     */
    private final List<String> typeNames = new ArrayList<>();
    private final int[] typeOf;
    /** The two-letter starts as last made, by first letter (see {@link TwoLetterStarts}). */
    private final TreeMap<String, TwoLetterStarts.Table> starts = new TreeMap<>();

    /** The index of records already in {@link #order(List)}. */
    IndexBuilder(List<IndexedRecord> ordered) {
        this.records = new ArrayList<>(ordered);
        this.typeOf = new int[records.size()];
        for (int id = 0; id < records.size(); id++) {
            String type = records.get(id).record().type();
            if (typeNames.isEmpty() || !typeNames.get(typeNames.size() - 1).equals(type)) {
                typeNames.add(type);
            }
            typeOf[id] = typeNames.size() - 1;
        }
        // The document chunks and the facets need only the records, not the terms: they are made
        // on another thread while this one makes the terms' lists, which is one thread's work.
        // (A task's join throws again, as an exception of the same type, what the task threw.)
        ForkJoinTask<RecordFiles> recordFiles = ForkJoinPool.commonPool().submit(this::recordFiles);
        // By term number first: an array, where a map by term took a look-up per term of each record.
        IntList[][] byNumber = new IntList[TermIds.count()][];
        for (int id = 0; id < records.size(); id++) {
            IndexedRecord record = records.get(id);
            add(byNumber, record.shortTitle(), 0, id);
            add(byNumber, record.title(), 1, id);
            add(byNumber, record.body(), 2, id);
        }
        for (int term = 0; term < byNumber.length; term++) {
            if (byNumber[term] != null) {
                postings.put(TermIds.term(term), byNumber[term]);
            }
        }
        // Encoding is the costly part and each term is on its own, so terms are encoded in parallel.
        lists.putAll(postings.entrySet().parallelStream().collect(
                java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> encode(e.getValue()))));
        lists.forEach((term, encoded) -> sizes.put(term, size(term, encoded)));
        cutShards();
        putAllShards(null);
        putAllStarts();
        RecordFiles made = recordFiles.join();
        made.chunks().forEach(this::put);
        put(made.facets().file());
        levels = made.facets().levels();
        putManifest();
    }

    /** What {@link #recordFiles()} makes. */
    private record RecordFiles(List<OutputFile> chunks, Facets facets) {
    }

    /** The facets file, and the levels it lists (which the manifest names). */
    private record Facets(OutputFile file, Set<Level> levels) {
    }

    /** Every document chunk, in order, and the facets: made from the records alone, touching no field but them. */
    private RecordFiles recordFiles() {
        int count = (records.size() + CHUNK_SIZE - 1) / CHUNK_SIZE;
        List<OutputFile> chunks = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            chunks.add(chunk(n * CHUNK_SIZE));
        }
        return new RecordFiles(chunks, facets());
    }

    /** The index files, by path. */
    List<OutputFile> files() {
        return new ArrayList<>(files.values());
    }

    /** The files a {@link #replace} wrote again, and the paths of those it dropped. */
    record Change(List<OutputFile> files, Set<String> removed) {
    }

    /**
     * Puts {@code changed} records in place of the records with their ids, and returns the files
     * that changed; empty when a record is new or of another type, so that the numbering changes
     * and the index must be made again from the start. Afterwards {@link #files()} is what a new index of the same records gives.
     */
    Optional<Change> replace(List<IndexedRecord> changed) {
        Set<String> touched = new HashSet<>();
        Set<Integer> chunks = new TreeSet<>();
        Set<Integer> changedIds = new HashSet<>();
        boolean facetsChanged = false;
        if (position == null) {
            position = new HashMap<>();
            for (int id = 0; id < records.size(); id++) {
                position.put(records.get(id).record().id(), id);
            }
        }
        for (IndexedRecord now : changed) {
            Integer id = position.get(now.record().id());
            // Records are numbered by type: a record of another type would have another number.
            if (id == null || !records.get(id).record().type().equals(now.record().type())) {
                return Optional.empty();
            }
        }
        for (IndexedRecord now : changed) {
            int id = position.get(now.record().id());
            IndexedRecord before = records.get(id);
            if (before.sameAs(now)) {
                continue;
            }
            move(before.shortTitle(), now.shortTitle(), 0, id, touched);
            move(before.title(), now.title(), 1, id, touched);
            move(before.body(), now.body(), 2, id, touched);
            SearchRecord a = before.record();
            SearchRecord b = now.record();
            facetsChanged |= !a.levels().equals(b.levels()) || !a.category().equals(b.category())
                    || !a.frameworks().equals(b.frameworks()) || !a.type().equals(b.type());
            records.set(id, now);
            changedIds.add(id);
            chunks.add(id / CHUNK_SIZE);
        }
        List<OutputFile> written = new ArrayList<>();
        Set<String> removed = new HashSet<>();
        for (String term : touched) {
            IntList[] fields = postings.get(term);
            boolean empty = fields == null || Arrays.stream(fields).allMatch(f -> f == null || f.size == 0);
            if (empty) {
                postings.remove(term);
                lists.remove(term);
                sizes.remove(term);
            } else {
                List<String> encoded = encode(fields);
                lists.put(term, encoded);
                sizes.put(term, size(term, encoded));
            }
        }
        Set<String> shardsToWrite = new TreeSet<>();
        List<String> oldKeys = keys;
        Set<String> oldKeySet = keySet;
        cutShards();
        if (keys.equals(oldKeys)) {
            touched.forEach(term -> shardsToWrite.add(owner(term, keySet)));
        } else {
            written.addAll(putAllShards(touched));
            for (String key : oldKeySet) {
                if (!keySet.contains(key)) {
                    shardTerms.remove(key);
                    shardWeights.remove(key);
                    String path = FOLDER + shardName(key) + ".js";
                    files.remove(path);
                    removed.add(path);
                }
            }
        }
        for (String key : shardsToWrite) {
            written.add(putShard(key, termsOf(key)));
        }
        // After the shards: the starts count only the terms in the shards a query loads.
        written.addAll(putStarts(touched, changedIds, !keys.equals(oldKeys), removed));
        for (int chunk : chunks) {
            written.add(putChunk(chunk * CHUNK_SIZE));
        }
        if (facetsChanged) {
            written.add(putFacets());
        }
        // The manifest has the shard keys and weights, the types' ranges and the levels: most
        // changes of text change a weight, but a change that keeps them all leaves it as it was.
        byte[] manifest = files.get(FOLDER + "manifest.js").bytes();
        OutputFile now = putManifest();
        if (!Arrays.equals(manifest, now.bytes())) {
            written.add(now);
        }
        return Optional.of(new Change(written, removed));
    }

    /** Moves record {@code id} from the lists of the terms it had in a field to those of the terms it has. */
    private void move(int[] beforeTerms, int[] nowTerms, int field, int id, Set<String> touched) {
        // A record's terms are in the order first met, not sorted (see IndexedRecord).
        List<String> before = terms(beforeTerms);
        List<String> now = terms(nowTerms);
        Set<String> had = new HashSet<>(before);
        Set<String> has = new HashSet<>(now);
        for (String term : before) {
            if (!has.contains(term)) {
                postings.get(term)[field].remove(id);
                touched.add(term);
            }
        }
        for (String term : now) {
            if (!had.contains(term)) {
                IntList[] fields = postings.computeIfAbsent(term, t -> new IntList[3]);
                if (fields[field] == null) {
                    fields[field] = new IntList();
                }
                fields[field].insert(id);
                touched.add(term);
            }
        }
    }

    /** The terms of {@link TermIds} numbers. */
    private static List<String> terms(int[] numbers) {
        List<String> terms = new ArrayList<>(numbers.length);
        for (int number : numbers) {
            terms.add(TermIds.term(number));
        }
        return terms;
    }

    /**
     * Sorts the terms into the shards in one pass and makes the shards again, all of them, or with
     * {@code touched} terms given, those that hold one of them or other terms than before; returns the files made.
     */
    private List<OutputFile> putAllShards(Set<String> touched) {
        Map<String, Map<String, List<String>>> shards = new TreeMap<>();
        keys.forEach(key -> shards.put(key, new LinkedHashMap<>()));
        lists.forEach((term, encoded) -> shards.get(owner(term, keySet)).put(term, encoded));
        List<OutputFile> made = new ArrayList<>();
        shards.forEach((key, shard) -> {
            boolean same = touched != null && shard.keySet().equals(shardTerms.get(key))
                    && shard.keySet().stream().noneMatch(touched::contains);
            if (!same) {
                made.add(putShard(key, shard));
            }
        });
        return made;
    }

    /** The terms of one shard: those that start with its key and have no shard of a longer key. */
    private Map<String, List<String>> termsOf(String key) {
        Map<String, List<String>> shard = new LinkedHashMap<>();
        if (key.endsWith(EXACT)) {
            String term = key.substring(0, key.length() - EXACT.length());
            shard.put(term, lists.get(term));
            return shard;
        }
        for (Map.Entry<String, List<String>> entry : lists.tailMap(key, true).entrySet()) {
            if (!entry.getKey().startsWith(key)) {
                break;
            }
            if (owner(entry.getKey(), keySet).equals(key)) {
                shard.put(entry.getKey(), entry.getValue());
            }
        }
        return shard;
    }

    private static int size(String term, List<String> encoded) {
        return term.length() + 10 + encoded.stream().mapToInt(String::length).sum();
    }

    private void cutShards() {
        List<String> cut = new ArrayList<>();
        shard("", new ArrayList<>(lists.keySet()), sizes, cut);
        cut.sort(null);
        keys = cut;
        keySet = new HashSet<>(cut);
    }

    /**
     * Writes a shard and notes its weight: how many record numbers its lists hold, summed over
     * its terms. The manifest lists the weights, so that the browser can tell, before loading a
     * shard, how likely a reader is to type a word in it (see {@code likelyNext} in search.js).
     */
    private OutputFile putShard(String key, Map<String, List<String>> shard) {
        shardTerms.put(key, Set.copyOf(shard.keySet()));
        int weight = 0;
        for (String term : shard.keySet()) {
            for (IntList field : postings.get(term)) {
                weight += field == null ? 0 : field.size;
            }
        }
        shardWeights.put(key, weight);
        String name = shardName(key);
        return put(new OutputFile(FOLDER + name + ".js", ScriptJson.call(name, shard), null));
    }

    /** Every first letter's two-letter starts: independent of each other, so made in parallel, kept in order. */
    private void putAllStarts() {
        TwoLetterStarts.firsts(lists).parallelStream().map(this::makeStarts).toList().forEach(table -> {
            starts.put(table.first(), table);
            put(table.file());
        });
    }

    private TwoLetterStarts.Table makeStarts(String first) {
        return TwoLetterStarts.make(first, lists, postings, keySet, typeOf, typeNames.size(),
                ids -> docs(ids.stream().map(records::get).toList()));
    }

    /**
     * Makes again the two-letter starts of the first letters of {@code touched} terms and those
     * that show a changed record, or all of them when the shards were cut anew; returns those
     * whose bytes changed, and notes in {@code removed} the files of first letters no term starts
     * any more.
     */
    private List<OutputFile> putStarts(Set<String> touched, Set<Integer> changedIds, boolean newShards, Set<String> removed) {
        Set<String> redo = new TreeSet<>();
        touched.forEach(term -> redo.add(TwoLetterStarts.first(term)));
        if (newShards) {
            redo.addAll(starts.keySet());
            redo.addAll(TwoLetterStarts.firsts(lists));
        }
        starts.forEach((first, table) -> {
            if (changedIds.stream().anyMatch(id -> Arrays.binarySearch(table.shown(), id) >= 0)) {
                redo.add(first);
            }
        });
        List<OutputFile> made = new ArrayList<>();
        for (String first : redo) {
            TwoLetterStarts.Table before = starts.remove(first);
            boolean has = lists.subMap(first, true, first + Character.MAX_VALUE, false).keySet().stream()
                    .anyMatch(TwoLetterStarts::hasSecond);
            if (has) {
                TwoLetterStarts.Table now = makeStarts(first);
                starts.put(first, now);
                put(now.file());
                if (before == null || !Arrays.equals(before.file().bytes(), now.file().bytes())) {
                    made.add(now.file());
                }
            } else if (before != null) {
                files.remove(before.file().path());
                removed.add(before.file().path());
            }
        }
        return made;
    }

    private OutputFile put(OutputFile file) {
        files.put(file.path(), file);
        return file;
    }

    private OutputFile putManifest() {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", 2);
        manifest.put("records", records.size());
        manifest.put("chunk", CHUNK_SIZE);
        manifest.put("stop", Tokenizer.STOP_WORDS);
        manifest.put("shards", keys);
        manifest.put("weights", keys.stream().map(shardWeights::get).toList());
        // Records are in type order, so each type is one range: where it starts and how many.
        int[] start = new int[typeNames.size()];
        int[] count = new int[typeNames.size()];
        for (int id = records.size() - 1; id >= 0; id--) {
            start[typeOf[id]] = id;
            count[typeOf[id]]++;
        }
        List<Object> typeFacet = new ArrayList<>();
        for (int t = 0; t < typeNames.size(); t++) {
            String type = typeNames.get(t);
            typeFacet.add(List.of(type, TYPE_LABELS.getOrDefault(type, type), start[t], count[t]));
        }
        manifest.put("types", typeFacet);
        manifest.put("levels", levels.stream().map(l -> List.of(l.key(), l.label())).toList());
        manifest.put("starts", new ArrayList<>(starts.keySet()));
        return put(new OutputFile(FOLDER + "manifest.js", ScriptJson.call("manifest", manifest), null));
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
        Map<String, Integer> groupSizes = new HashMap<>();
        byNext.forEach((next, group) -> groupSizes.put(next, group.stream().mapToInt(sizes::get).sum()));
        List<Map.Entry<String, List<String>>> groups = new ArrayList<>(byNext.entrySet());
        groups.sort(Comparator.comparingInt((Map.Entry<String, List<String>> g) -> groupSizes.get(g.getKey()))
                .thenComparing(Map.Entry::getKey));
        List<Map.Entry<String, List<String>>> big = new ArrayList<>();
        for (Map.Entry<String, List<String>> group : groups) {
            int size = groupSizes.get(group.getKey());
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
        return keys.contains(term + EXACT) ? term + EXACT : prefixShard(term, keys);
    }

    /**
     * The longest key that starts a word, not counting shards of one term: the shard that holds
     * the word's longer terms that have no shard of their own ({@code prefixShard} in search.js).
     */
    static String prefixShard(String word, Set<String> keys) {
        for (int end = word.length(); end > 0; end--) {
            if (keys.contains(word.substring(0, end))) {
                return word.substring(0, end);
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
    private OutputFile putChunk(int start) {
        return put(chunk(start));
    }

    private OutputFile chunk(int start) {
        String name = "d/" + start / CHUNK_SIZE;
        Map<String, Object> chunk = docs(records.subList(start, Math.min(records.size(), start + CHUNK_SIZE)));
        return new OutputFile(FOLDER + name + ".js", ScriptJson.call(name, chunk), null);
    }

    /** What the search box shows of these records: their pages ({@code p}) and the records ({@code r}), as in a chunk. */
    static Map<String, Object> docs(List<IndexedRecord> shown) {
        List<Object> pages = new ArrayList<>();
        Map<String, Integer> pageIndex = new HashMap<>();
        List<Object> docs = new ArrayList<>();
        for (IndexedRecord indexed : shown) {
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
        Map<String, Object> chunk = new LinkedHashMap<>();
        chunk.put("p", pages);
        chunk.put("r", docs);
        return chunk;
    }

    /** Writes the level, category and framework facets, and notes the levels used. */
    private OutputFile putFacets() {
        Facets facets = facets();
        levels = facets.levels();
        return put(facets.file());
    }

    /** The level, category and framework facets. */
    private Facets facets() {
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
        return new Facets(new OutputFile(FOLDER + "facets.js", ScriptJson.call("facets", facets), null), levels.keySet());
    }

    private static void add(IntList[][] postings, int[] terms, int field, int id) {
        for (int term : terms) {
            IntList[] fields = postings[term];
            if (fields == null) {
                fields = new IntList[3];
                postings[term] = fields;
            }
            if (fields[field] == null) {
                fields[field] = new IntList();
            }
            fields[field].add(id);
        }
    }

    private static List<String> encode(IntList[] fields) {
        List<String> encoded = new ArrayList<>(fields.length);
        for (IntList field : fields) {
            encoded.add(field == null || field.size == 0 ? "" : PostingCodec.encode(field.values, field.size));
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

        /** Adds a value in its place, unless it is there. */
        void insert(int value) {
            int at = Arrays.binarySearch(values, 0, size, value);
            if (at >= 0) {
                return;
            }
            at = -at - 1;
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            System.arraycopy(values, at, values, at + 1, size - at);
            values[at] = value;
            size++;
        }

        /** Removes a value, if it is there. */
        void remove(int value) {
            int at = Arrays.binarySearch(values, 0, size, value);
            if (at >= 0) {
                System.arraycopy(values, at + 1, values, at, size - at - 1);
                size--;
            }
        }
    }
}
