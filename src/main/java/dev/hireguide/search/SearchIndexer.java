package dev.hireguide.search;

import dev.hireguide.assemble.Page;
import dev.hireguide.assemble.SiteIndex;
import dev.hireguide.markdown.RenderedMarkdown;

import java.util.List;
import java.util.function.Function;

/**
 * The search stage: records for every page of the assembled site, then the static index. It sees
 * only what the site index holds, so a public build's index has nothing internal in it.
 */
public final class SearchIndexer {

    private SearchIndexer() {
    }

    /**
     * Indexes a site.
     *
     * @param index  the assembled site
     * @param bodies each page's Markdown body, rendered (the same renderer as the pages, so anchors match)
     * @param map    runs a function over the pages, in parallel if it likes, keeping their order
     */
    public static SearchIndex index(SiteIndex index, Function<Page, RenderedMarkdown> bodies,
                                    Function<Function<Page, List<IndexedRecord>>, List<List<IndexedRecord>>> map) {
        return SearchUpdater.of(index, bodies, map).index();
    }

    /** Indexes a site on the calling thread. */
    public static SearchIndex index(SiteIndex index, Function<Page, RenderedMarkdown> bodies) {
        List<Page> pages = List.copyOf(index.pages().values());
        return index(index, bodies, work -> pages.stream().map(work).toList());
    }
}
