package dev.hireguide.template;

import dev.hireguide.assemble.LinkGraph;
import dev.hireguide.assemble.Page;
import dev.hireguide.assemble.PageKind;
import dev.hireguide.assemble.Related;
import dev.hireguide.assemble.SiteIndex;
import dev.hireguide.assemble.Taxonomies;
import dev.hireguide.assemble.Taxonomy;
import dev.hireguide.config.SiteConfig;
import dev.hireguide.content.Audience;
import dev.hireguide.content.TermData;
import dev.hireguide.markdown.Heading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns assembled pages and their rendered Markdown into the values templates see. */
public final class ViewFactory {

    private final SiteIndex index;
    private final SiteConfig config;
    private final SiteView site;
    private final LinkGraph links;
    private final Related related;
    /** For each taxonomy, the page path of each word by its key. */
    private final Map<String, Map<String, String>> termPaths = new HashMap<>();
    /** Each page's place in the order backlinks are listed in. */
    private final Map<String, Integer> backlinkOrder;

    /** Views that know front matter references only (no links from Markdown yet). */
    public ViewFactory(SiteIndex index) {
        this(index, LinkGraph.ofReferences(index), new Related(index));
    }

    /**
     * @param links   who links to whom, for backlinks
     * @param related the related pages of each page
     */
    public ViewFactory(SiteIndex index, LinkGraph links, Related related) {
        this.index = index;
        this.links = links;
        this.related = related;
        this.config = index.config();
        this.backlinkOrder = index.titleOrder();
        for (Taxonomy taxonomy : index.taxonomies()) {
            Map<String, String> paths = new HashMap<>();
            taxonomy.terms().forEach(t -> paths.put(Taxonomies.key(t.name()), t.path()));
            termPaths.put(taxonomy.key(), paths);
        }
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
                page.type().key(), data, page.audience() == Audience.INTERNAL, related(page), backlinks(page),
                terms(Taxonomies.TAGS, page.meta().tags()), terms(Taxonomies.SKILLS, Taxonomies.skills(page)));
    }

    /** The view of the 404 page, which has no source. */
    public PageView notFound(String title, String html) {
        return new PageView("404", "404", title, "", url("404.html"), config.baseUrl() + "404.html", "", "",
                List.of(), html, List.of(), List.of(), List.of(), null, "page", null, false, List.of(), List.of(),
                List.of(), List.of());
    }

    /** The page of one tag (or skill): the pages that have it. */
    public PageView taxonomyTerm(Taxonomy taxonomy, Taxonomy.Term term) {
        List<LinkView> trail = List.of(link(index.home()), new LinkView(taxonomy.title(), url(taxonomy.path())));
        return new PageView("taxonomy", taxonomy.key() + "/" + term.slug(), term.name(), "", url(term.path()),
                config.baseUrl() + term.path(), "", "", List.of(), "", List.of(), trail,
                term.pageIds().stream().map(this::summary).toList(), null, "taxonomy",
                new TaxonomyView(taxonomy.key(), taxonomy.title(), label(taxonomy), term.name(), List.of()), false, List.of(),
                List.of(), List.of(), List.of());
    }

    /** The page that lists every tag (or skill) with its number of pages. */
    public PageView taxonomyIndex(Taxonomy taxonomy) {
        List<TaxonomyView.TermLink> terms = taxonomy.terms().stream()
                .map(t -> new TaxonomyView.TermLink(t.name(), url(t.path()), t.pageIds().size())).toList();
        return new PageView("taxonomy-index", taxonomy.id(), taxonomy.title(), "", url(taxonomy.path()),
                config.baseUrl() + taxonomy.path(), "", "", List.of(), "", List.of(), List.of(link(index.home())),
                List.of(), null, "taxonomy", new TaxonomyView(taxonomy.key(), taxonomy.title(), label(taxonomy), "", terms), false,
                List.of(), List.of(), List.of(), List.of());
    }

    /** The view of the search page ({@code search/}), which has no source. */
    public PageView search(String title) {
        return new PageView("search", "search", title, "", url("search/"), config.baseUrl() + "search/", "", "",
                List.of(), "", List.of(), List.of(), List.of(), null, "page", null, false, List.of(), List.of(),
                List.of(), List.of());
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

    /** {@code Tag} for {@code Tags}. */
    private static String label(Taxonomy taxonomy) {
        String title = taxonomy.title();
        return title.endsWith("s") ? title.substring(0, title.length() - 1) : title;
    }

    /** The pages the front matter's {@code related:} names, in the order written, then the best scored. */
    private List<LinkView> related(Page page) {
        return related.of(page).stream().map(this::link).toList();
    }

    /** The pages that link to this one, by title. */
    private List<LinkView> backlinks(Page page) {
        return links.referencesTo(page.id()).stream().sorted(java.util.Comparator.comparing(backlinkOrder::get))
                .map(id -> link(index.pages().get(id))).toList();
    }

    /** Each word as written, linking to its tag's (or skill's) page. */
    private List<LinkView> terms(String key, List<String> words) {
        Map<String, String> paths = termPaths.getOrDefault(key, Map.of());
        List<LinkView> out = new ArrayList<>();
        for (String word : words) {
            String path = word == null ? null : paths.get(Taxonomies.key(word));
            if (path != null) {
                out.add(new LinkView(word.strip(), url(path)));
            }
        }
        return out;
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
