package dev.hireguide.build;

import dev.hireguide.assemble.Page;
import dev.hireguide.assemble.SiteIndex;
import dev.hireguide.diag.Diagnostic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;

/**
 * Rendered pages kept between builds. A page is rendered again when it changed (its body, its
 * front matter, or where it sits), and every page is when the {@link SiteShape} or the
 * templates changed: a new title shows in lists, breadcrumbs and links all over the site.
 * The pages of the last two shapes are kept, so that breaking a page's front matter and then
 * fixing it renders everything once, not twice. Pages whose rendering reported an error are
 * not kept.
 */
final class RenderCache {

    private static final int GENERATIONS = 2;

    private record Entry(Page page, PageRenderer.Rendered rendered) {
    }

    /** The pages rendered for one shape and one set of templates. */
    private static final class Generation {
        final SiteShape shape;
        final String templates;
        Map<String, Entry> entries = new HashMap<>();

        Generation(SiteShape shape, String templates) {
            this.shape = shape;
            this.templates = templates;
        }
    }

    /** Most recent first. */
    private final LinkedList<Generation> generations = new LinkedList<>();
    private Generation current;
    private boolean lastAll;

    /** The pages of {@code pages} to render again, in the same order. */
    List<Page> stale(SiteIndex index, String templatesKey, List<Page> pages) {
        SiteShape shape = SiteShape.of(index);
        current = generations.stream().filter(g -> g.shape.equals(shape) && g.templates.equals(templatesKey))
                .findFirst().orElse(null);
        lastAll = current == null;
        if (current == null) {
            current = new Generation(shape, templatesKey);
        }
        generations.remove(current);
        generations.addFirst(current);
        while (generations.size() > GENERATIONS) {
            generations.removeLast();
        }
        if (lastAll) {
            return pages;
        }
        List<Page> stale = new ArrayList<>();
        for (Page page : pages) {
            Entry entry = current.entries.get(page.id());
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
                rendered = current.entries.get(page.id()).rendered();
            }
            all.add(rendered);
            if (rendered.diagnostics().stream().noneMatch(Diagnostic::isError)) {
                kept.put(page.id(), new Entry(page, rendered));
            }
        }
        current.entries = kept;
        return all;
    }

    /** Whether the last {@link #stale} call asked for every page. */
    boolean renderedAll() {
        return lastAll;
    }

    /** Forgets everything, so that the next build renders every page. */
    void clear() {
        generations.clear();
        current = null;
    }
}
