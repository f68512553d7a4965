package dev.hireguide.template;

import dev.hireguide.assemble.Page;
import dev.hireguide.assemble.PageKind;
import dev.hireguide.assemble.SiteIndex;
import dev.hireguide.config.SiteConfig;
import dev.hireguide.content.Audience;
import dev.hireguide.content.TermData;
import dev.hireguide.markdown.Heading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Turns assembled pages and their rendered Markdown into the values templates see. */
public final class ViewFactory {

    private final SiteIndex index;
    private final SiteConfig config;
    private final SiteView site;

    public ViewFactory(SiteIndex index) {
        this.index = index;
        this.config = index.config();
        this.site = new SiteView(config.title(), config.description(), config.language(), config.baseUrl(),
                config.basePath(), index.navSections().stream().map(id -> link(index.pages().get(id))).toList());
    }

    public SiteView site() {
        return site;
    }

    /** The view of an assembled page, given its body rendered to HTML, its headings and its type's view. */
    public PageView page(Page page, String html, List<Heading> headings, Object data) {
        List<Heading> toc = headings.stream().filter(h -> h.level() == 2 || h.level() == 3).toList();
        List<PageSummary> children = page.childIds().stream().map(id -> summary(index.pages().get(id))).toList();
        return new PageView(page.kind().label(), page.id(), page.title(), page.meta().description(),
                url(page.path()), config.baseUrl() + page.path(), date(page.meta().date()),
                date(page.meta().updated()), page.meta().tags(), html, toc, breadcrumbs(page), children, topSection(page),
                page.type().key(), data, page.audience() == Audience.INTERNAL, related(page));
    }

    /** The view of the 404 page, which has no source. */
    public PageView notFound(String title, String html) {
        return new PageView("404", "404", title, "", url("404.html"), config.baseUrl() + "404.html", "", "",
                List.of(), html, List.of(), List.of(), List.of(), null, "page", null, false, List.of());
    }

    /** The view of the search page ({@code search/}), which has no source. */
    public PageView search(String title) {
        return new PageView("search", "search", title, "", url("search/"), config.baseUrl() + "search/", "", "",
                List.of(), "", List.of(), List.of(), List.of(), null, "page", null, false, List.of());
    }

    /** The top-level section a page is under (itself for a top-level section), for the navigation. */
    private LinkView topSection(Page page) {
        if (page.kind() == PageKind.HOME) {
            return null;
        }
        Page top = page;
        while (top.parentId() != null && !top.parentId().equals(SiteIndex.HOME_ID)) {
            top = index.pages().get(top.parentId());
        }
        return top.kind() == PageKind.SECTION ? link(top) : null;
    }

    private List<LinkView> breadcrumbs(Page page) {
        List<LinkView> trail = new ArrayList<>();
        String parent = page.parentId();
        while (parent != null) {
            Page p = index.pages().get(parent);
            trail.add(0, link(p));
            parent = p.parentId();
        }
        return trail;
    }

    /** The pages the front matter's {@code related:} names, in the order written. */
    private List<LinkView> related(Page page) {
        return page.meta().related().stream().map(page::resolve).filter(java.util.Objects::nonNull)
                .map(this::link).toList();
    }

    /** A link to the page with this id. */
    public LinkView link(String id) {
        return link(index.pages().get(id));
    }

    /** A list entry for the page with this id. */
    public PageSummary summary(String id) {
        return summary(index.pages().get(id));
    }

    private LinkView link(Page page) {
        return new LinkView(page.title(), url(page.path()));
    }

    /** A term without a description is summed up by its one-sentence definition. */
    private PageSummary summary(Page page) {
        String description = page.meta().description();
        if (description.isEmpty() && page.data() instanceof TermData term && term.shortText() != null) {
            description = term.shortText();
        }
        return new PageSummary(page.title(), url(page.path()), description, date(page.meta().date()));
    }

    private String url(String path) {
        return config.basePath() + path;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
