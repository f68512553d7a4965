package dev.hireguide.build;

import dev.hireguide.assemble.Page;
import dev.hireguide.assemble.SiteIndex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rendered pages kept between builds. A page is rendered again when it changed (its body, its
 * front matter, or where it sits), and every page is when the {@link SiteShape} or the
 * templates changed: a new title shows in lists, breadcrumbs and links all over the site.
 * Pages whose rendering reported an error are not kept.
 */
final class RenderCache {

    private record Entry(Page page, PageRenderer.Rendered rendered) {
    }

    private SiteShape shape;
    private String templates;
    private Map<String, Entry> entries = new HashMap<>();
    private boolean lastAll;

    /** The pages of {@code pages} to render again, in the same order. */
    List<Page> stale(SiteIndex index, String templatesKey, List<Page> pages) {
        SiteShape now = SiteShape.of(index);
        lastAll = !now.equals(shape) || !templatesKey.equals(templates);
        shape = now;
        templates = templatesKey;
        if (lastAll) {
            entries = new HashMap<>();
            return pages;
        }
        List<Page> stale = new ArrayList<>();
        for (Page page : pages) {
            Entry entry = entries.get(page.id());
            if (entry == null || !entry.page().equals(page)) {
                stale.add(page);
            }
        }
        return stale;
    }

    /**
     * Every page's result in the order of {@code pages}: {@code fresh} for the stale ones (in
     * their order), the kept result for the others. Keeps the fresh results without errors.
     */
    List<PageRenderer.Rendered> merge(List<Page> pages, List<Page> stale, List<PageRenderer.Rendered> fresh) {
        Map<String, PageRenderer.Rendered> byId = new HashMap<>();
        for (int i = 0; i < stale.size(); i++) {
            byId.put(stale.get(i).id(), fresh.get(i));
        }
        Map<String, Entry> kept = new HashMap<>();
        List<PageRenderer.Rendered> all = new ArrayList<>(pages.size());
        for (Page page : pages) {
            PageRenderer.Rendered rendered = byId.get(page.id());
            if (rendered == null) {
                rendered = entries.get(page.id()).rendered();
            }
            all.add(rendered);
            if (rendered.diagnostics().stream().noneMatch(dev.hireguide.diag.Diagnostic::isError)) {
                kept.put(page.id(), new Entry(page, rendered));
            }
        }
        entries = kept;
        return all;
    }

    /** Whether the last {@link #stale} call asked for every page. */
    boolean renderedAll() {
        return lastAll;
    }

    /** Forgets everything, so that the next build renders every page. */
    void clear() {
        shape = null;
        templates = null;
        entries = new HashMap<>();
    }
}
