package dev.hireguide.search;

import dev.hireguide.assemble.Page;
import dev.hireguide.assemble.SiteIndex;
import dev.hireguide.markdown.RenderedMarkdown;
import dev.hireguide.output.OutputFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A site's search index that can be brought up to date after pages changed without being made
 * again: for the dev server, where one page's new text should change only the files that hold
 * it (its document chunk, the shards of the words it gained or lost, the manifest). When a
 * page's records are not the same ones as before (a heading added, a question removed), the
 * numbering of all records moves, and the caller makes the index again.
 */
public final class SearchUpdater {

    private final RecordExtractor extractor;
    private final IndexBuilder builder;
    /** Each page's records, in the order the extractor makes them; by page id. */
    private final Map<String, List<IndexedRecord>> recordsByPage = new HashMap<>();
    private final List<SearchRecord> records;

    private SearchUpdater(RecordExtractor extractor, List<List<IndexedRecord>> perPage, List<Page> pages) {
        this.extractor = extractor;
        List<String> pageIds = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            pageIds.add(pages.get(i).id());
            recordsByPage.put(pages.get(i).id(), perPage.get(i));
        }
        List<IndexedRecord> ordered = IndexBuilder.order(perPage, pageIds);
        this.records = ordered.stream().map(IndexedRecord::record).toList();
        this.builder = new IndexBuilder(ordered);
    }

    /**
     * Indexes a site, as {@link SearchIndexer#index(SiteIndex, Function, Function)} does, keeping
     * what {@link #update} needs.
     */
    public static SearchUpdater of(SiteIndex index, Function<Page, RenderedMarkdown> bodies,
                                   Function<Function<Page, List<IndexedRecord>>, List<List<IndexedRecord>>> map) {
        RecordExtractor extractor = new RecordExtractor(index);
        List<Page> pages = List.copyOf(index.pages().values());
        List<List<IndexedRecord>> perPage = map.apply(page -> indexed(extractor, page, bodies.apply(page)));
        return new SearchUpdater(extractor, perPage, pages);
    }

    /** The index as it was made (its records are those of the first build, not of updates). */
    public SearchIndex index() {
        return new SearchIndex(records, builder.files());
    }

    /** The files an update wrote again, and the paths of the index's files it no longer has. */
    public record Change(List<OutputFile> files, Set<String> removed) {
    }

    /**
     * Brings the index up to date with {@code pages}, which changed but kept their place in a site
     * of the same shape; empty when their records are not the same ones as before, and the index
     * must be made again.
     */
    public Optional<Change> update(List<Page> pages, Function<Page, RenderedMarkdown> bodies) {
        List<IndexedRecord> changed = new ArrayList<>();
        Map<String, List<IndexedRecord>> nowByPage = new HashMap<>();
        for (Page page : pages) {
            List<IndexedRecord> now = indexed(extractor, page, bodies.apply(page));
            if (!ids(now).equals(ids(recordsByPage.get(page.id())))) {
                return Optional.empty();
            }
            changed.addAll(now);
            nowByPage.put(page.id(), now);
        }
        Optional<Change> change = builder.replace(changed).map(c -> new Change(c.files(), c.removed()));
        // The page's records as the index now has them: the first build's are not held on to.
        change.ifPresent(c -> recordsByPage.putAll(nowByPage));
        return change;
    }

    /** The ids of records, in order; none for none. */
    private static List<String> ids(List<IndexedRecord> records) {
        return records == null ? null : records.stream().map(r -> r.record().id()).toList();
    }

    private static List<IndexedRecord> indexed(RecordExtractor extractor, Page page, RenderedMarkdown body) {
        return extractor.records(page, body).stream().map(IndexedRecord::of).toList();
    }
}
