package dev.hireguide.build;

import dev.hireguide.assemble.Page;
import dev.hireguide.assemble.SiteIndex;
import dev.hireguide.diag.Diagnostic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Rendered pages kept between builds, for one pass of rendering ({@code R} is what the pass
 * makes of a page). A page is rendered again when it changed (its body, its front matter, or
 * where it sits) or what it depends on of the others did (for templates: the pages that link
 * to it), and every page is when the {@link SiteShape} or the templates changed: a new title
 * shows in lists, breadcrumbs and links all over the site. The pages of the last two shapes are
 * kept, so that breaking a page's front matter and then fixing it renders everything once, not
 * twice. Pages whose rendering reported an error are not kept.
 */
final class RenderCache<R> {

    private static final int GENERATIONS = 2;

    private record Entry<R>(Page page, Object dependency, R rendered) {
    }

    private final Function<R, List<Diagnostic>> diagnostics;

    /** @param diagnostics the problems of a result, which is kept only when none is an error */
    RenderCache(Function<R, List<Diagnostic>> diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The pages rendered for one shape and one set of templates. */
    private static final class Generation<R> {
        final SiteShape shape;
        final String templates;
        Map<String, Entry<R>> entries = new HashMap<>();

        Generation(SiteShape shape, String templates) {
            this.shape = shape;
            this.templates = templates;
        }
    }

    /** Most recent first. */
    private final LinkedList<Generation<R>> generations = new LinkedList<>();
    private Generation<R> current;
    private Function<Page, Object> dependency = page -> "";
    private boolean lastAll;

    /** The pages of {@code pages} to render again, in the same order. */
    List<Page> stale(SiteIndex index, String templatesKey, List<Page> pages) {
        return stale(index, templatesKey, pages, page -> "");
    }

    /**
     * The pages of {@code pages} to render again, in the same order; {@code dependsOn} gives what
     * else of the site a page's result depends on beyond its shape, such as the pages linking to it.
     */
    List<Page> stale(SiteIndex index, String templatesKey, List<Page> pages, Function<Page, Object> dependsOn) {
        this.dependency = dependsOn;
        SiteShape shape = SiteShape.of(index);
        current = generations.stream().filter(g -> g.shape.equals(shape) && g.templates.equals(templatesKey))
                .findFirst().orElse(null);
        lastAll = current == null;
        if (current == null) {
            current = new Generation<>(shape, templatesKey);
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
            Entry<R> entry = current.entries.get(page.id());
            if (entry == null || !entry.page().equals(page) || !entry.dependency().equals(dependsOn.apply(page))) {
                stale.add(page);
            }
        }
        return stale;
    }

    /**
     * Every page's result in the order of {@code pages}: {@code fresh} for the stale ones (in
     * their order), the kept result for the others. Keeps the fresh results without errors.
     */
    List<R> merge(List<Page> pages, List<Page> stale, List<R> fresh) {
        Map<String, R> byId = new HashMap<>();
        for (int i = 0; i < stale.size(); i++) {
            byId.put(stale.get(i).id(), fresh.get(i));
        }
        Map<String, Entry<R>> kept = new HashMap<>();
        List<R> all = new ArrayList<>(pages.size());
        for (Page page : pages) {
            R rendered = byId.get(page.id());
            if (rendered == null) {
                rendered = current.entries.get(page.id()).rendered();
            }
            all.add(rendered);
            if (diagnostics.apply(rendered).stream().noneMatch(Diagnostic::isError)) {
                kept.put(page.id(), new Entry<>(page, dependency.apply(page), rendered));
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
