package dev.hireguide.build;

import dev.hireguide.assemble.LinkGraph;
import dev.hireguide.assemble.Page;
import dev.hireguide.assemble.PageKind;
import dev.hireguide.assemble.Related;
import dev.hireguide.assemble.SiteIndex;
import dev.hireguide.assemble.Taxonomy;
import dev.hireguide.check.CheckedPage;
import dev.hireguide.check.LinkCheck;
import dev.hireguide.content.RoleData;
import dev.hireguide.content.UrlAliases;
import dev.hireguide.diag.Diagnostic;
import dev.hireguide.diag.SourcePosition;
import dev.hireguide.markdown.MarkdownRenderer;
import dev.hireguide.markdown.RenderedMarkdown;
import dev.hireguide.markdown.SourceAnchor;
import dev.hireguide.markdown.SourceLink;
import dev.hireguide.output.OutputFile;
import dev.hireguide.output.RelativeUrls;
import dev.hireguide.output.SiteMaps;
import dev.hireguide.output.SitemapEntry;
import dev.hireguide.template.JobDescription;
import dev.hireguide.template.PageView;
import dev.hireguide.template.RedirectPage;
import dev.hireguide.template.RoleView;
import dev.hireguide.template.TemplateLinks;
import dev.hireguide.template.TemplateRenderer;
import dev.hireguide.template.ThemeLoader;
import dev.hireguide.template.TypedViewFactory;
import dev.hireguide.template.ViewFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Renders pages in two passes. The first renders every page's Markdown (body and fields), which
 * is where the links between pages are found; the second, once the links of all pages are known,
 * runs the templates, which show backlinks, hubs and related pages. Both passes are called for
 * many pages at once from the build's workers. Also makes the generated pages: tags and skills,
 * redirects for old URLs, 404, sitemap and robots.txt.
 */
final class PageRenderer {

    private static final String TAXONOMY = "taxonomy.peb";
    private static final String TAXONOMY_INDEX = "taxonomy-index.peb";

    private final SiteIndex index;
    private final MarkdownRenderer markdown;
    private final TemplateRenderer templates;
    private final SiteLinks links;
    private final TypedViewFactory fieldFinder;
    private final Related related;
    private ViewFactory views;
    /** Each page's {@link #bodyTargets}, from {@link #linkGraph}. */
    private final Map<String, Set<String>> bodyLinks = new HashMap<>();
    private TypedViewFactory typedViews;

    PageRenderer(SiteIndex index, Path themeDir, String theme, MarkdownRenderer markdown) {
        this.index = index;
        this.markdown = markdown;
        Path templatesDir = themeDir.resolve("templates");
        ThemeLoader loader = new ThemeLoader(Files.isDirectory(templatesDir) ? templatesDir : null,
                "themes/" + theme + "/templates");
        this.templates = new TemplateRenderer(loader, index.config().basePath());
        // Related pages need only the index: made on another thread while this one makes the
        // links, the second core being idle between assembling and rendering. (A task's join
        // throws again, as an exception of the same type, what the task threw.)
        ForkJoinTask<Related> relating = ForkJoinPool.commonPool().submit(() -> new Related(index));
        this.links = new SiteLinks(index);
        LinkGraph references = LinkGraph.ofReferences(index);
        this.related = relating.join();
        this.fieldFinder = new TypedViewFactory(index, new ViewFactory(index, references, related), references);
    }

    /**
     * A page of HTML for the link check, and whether its site paths are made relative when
     * written. Once written ahead of the site's other files, the page keeps only its link
     * check's {@code scan}, without its HTML; until then {@code scan} is null.
     */
    record HtmlPage(CheckedPage page, boolean relative, LinkCheck.PageScan scan) {

        HtmlPage(CheckedPage page, boolean relative) {
            this(page, relative, null);
        }

        /** This page once written: scanned, and without its HTML. */
        HtmlPage written(LinkCheck.PageScan scan) {
            return new HtmlPage(page.withoutHtml(), relative, scan);
        }
    }

    /** What the second pass made of one page: its HTML, other files, and its problems. */
    record Rendered(List<HtmlPage> pages, List<OutputFile> files, List<Diagnostic> diagnostics) {
        Rendered {
            pages = List.copyOf(pages);
            files = List.copyOf(files);
            diagnostics = List.copyOf(diagnostics);
        }

        static Rendered failed(Diagnostic problem) {
            return new Rendered(List.of(), List.of(), List.of(problem));
        }
    }

    // ---- Pass 1: Markdown ----------------------------------------------------------------

    /** Renders the page's body and the Markdown in its front matter fields. */
    PageContent markdown(Page page) {
        String file = page.displayFile();
        RenderedMarkdown body = markdown.render(page.body(), file, page.bodyFirstLine(), links.body(page));
        PageContent.Recorder fields = new PageContent.Recorder((text, pointer) ->
                markdown.render(text, file, page.positionOf(pointer).line(), links.fields(page)));
        // The type's view renders its Markdown fields, which is how they are found; the view itself is made in pass 2.
        fieldFinder.renderFields(page, fields.markdown());
        return fields.content(body);
    }

    /**
     * The links between pages, from their front matter and from the Markdown of the first pass:
     * {@code targets} holds each page's {@link #bodyTargets}, which the caller works out on the workers.
     */
    LinkGraph linkGraph(List<Page> pages, List<Set<String>> targets) {
        Map<String, Collection<String>> bodyLinks = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            Set<String> pageTargets = targets.get(i);
            bodyLinks.put(pages.get(i).id(), pageTargets);
            this.bodyLinks.put(pages.get(i).id(), pageTargets);
        }
        LinkGraph graph = LinkGraph.of(index, bodyLinks);
        this.views = new ViewFactory(index, graph, related);
        this.typedViews = new TypedViewFactory(index, views, graph);
        return graph;
    }

    /** What {@link #bodyTargets} gave for each page when the link graph was made. */
    Map<String, Set<String>> bodyLinks() {
        return bodyLinks;
    }

    /** The pages the page's Markdown links to, by id: what it adds to the link graph. */
    Set<String> bodyTargets(Page page, PageContent content) {
        Set<String> targets = new TreeSet<>();
        for (SourceLink link : content.links()) {
            if (link.kind().isWritten()) {
                links.target(link.url(), page).ifPresent(targets::add);
            }
        }
        return targets;
    }

    // ---- Pass 2: templates ---------------------------------------------------------------

    /** Runs the page's template; call {@link #linkGraph} first. */
    Rendered render(Page page, PageContent content) {
        if (content.isFailed()) {
            return new Rendered(List.of(), List.of(), content.diagnostics());
        }
        String file = page.displayFile();
        List<Diagnostic> diagnostics = new ArrayList<>(content.diagnostics());
        String template = template(page);
        if (!templates.exists(template)) {
            diagnostics.add(page.meta().layout() != null
                    ? Diagnostic.error(page.positionOf("/layout"), "layout `" + page.meta().layout()
                            + "` has no template " + template, "use a template the theme has, such as `page`")
                    : Diagnostic.error(SourcePosition.of(file), "the theme has no template " + template,
                            "add " + template + " to the theme's templates folder"));
            return new Rendered(List.of(), List.of(), diagnostics);
        }
        RenderedMarkdown body = content.body();
        Object data = typedViews.of(page, content.replay(), body.html());
        PageView view = views.page(page, body.html(), body.headings(), data);
        TemplateRenderer.Result result = templates.render(template, views.site(), view);
        result.problem().ifPresent(diagnostics::add);
        if (result.html().isEmpty()) {
            return new Rendered(List.of(), List.of(), diagnostics);
        }
        List<CheckedPage.Origin> origins = new ArrayList<>();
        for (SourceLink link : content.links()) {
            origins.add(new CheckedPage.Origin(link.url(), link.position(), what(link.kind())));
        }
        addTemplateLinks(origins, result.links());
        Map<String, SourcePosition> anchors = new HashMap<>();
        for (SourceAnchor anchor : body.anchors()) {
            anchors.putIfAbsent(anchor.id(), anchor.position());
        }
        List<HtmlPage> pages = new ArrayList<>();
        pages.add(new HtmlPage(new CheckedPage(page.outputPath(), result.html().get(), SourcePosition.of(file), template,
                origins, anchors), true));
        for (UrlAliases.Alias alias : page.aliases()) {
            pages.add(redirect(page, alias));
        }
        List<OutputFile> files = new ArrayList<>();
        if (page.data() instanceof RoleData && data instanceof RoleView role) {
            files.add(OutputFile.text(page.path() + JobDescription.TEXT_FILE, role.jobDescriptionText()));
            files.add(OutputFile.text(page.path() + JobDescription.MARKDOWN_FILE,
                    "# " + page.title() + "\n\n" + page.body().strip() + "\n"));
        }
        return new Rendered(pages, files, diagnostics);
    }

    /** The page's template: its layout, else the glossary index, else by kind and type. */
    private String template(Page page) {
        if (page.meta().layout() != null) {
            return page.meta().layout() + ".peb";
        }
        if (TypedViewFactory.isGlossary(page) && templates.exists("glossary.peb")) {
            return "glossary.peb";
        }
        return page.kind() == PageKind.PAGE ? page.type().template() : page.kind().template();
    }

    private static String what(SourceLink.Kind kind) {
        return switch (kind) {
            case LINK -> "link";
            case IMAGE -> "image";
            case WIKI -> "wiki link";
            case GLOSSARY -> "glossary link";
        };
    }

    private static void addTemplateLinks(List<CheckedPage.Origin> origins, List<TemplateLinks.Made> made) {
        for (TemplateLinks.Made link : made) {
            origins.add(new CheckedPage.Origin(link.url(), link.position(), "link"));
        }
    }

    // ---- Generated pages -------------------------------------------------------------------

    /** A small page at an old URL that sends readers on to the page; relative, so it works under any base path. */
    private HtmlPage redirect(Page page, UrlAliases.Alias alias) {
        String target = index.config().basePath() + page.path();
        String dir = alias.outputPath().substring(0, alias.outputPath().lastIndexOf('/') + 1);
        String relative = RelativeUrls.of(target, index.config().basePath(), dir);
        String html = RedirectPage.html(index.config().language(), page.title(), target,
                index.config().baseUrl() + page.path(), relative);
        SourcePosition at = page.positionOf(alias.pointer());
        return new HtmlPage(new CheckedPage(alias.outputPath(), html, at, "", List.of(), Map.of()), true);
    }

    /** One page to generate for a taxonomy: its index ({@code term} null) or one tag's page. */
    record TaxonomyPage(Taxonomy taxonomy, Taxonomy.Term term) {
    }

    /** The tag and skill pages to generate. */
    List<TaxonomyPage> taxonomyPages() {
        List<TaxonomyPage> pages = new ArrayList<>();
        for (Taxonomy taxonomy : index.taxonomies()) {
            pages.add(new TaxonomyPage(taxonomy, null));
            taxonomy.terms().forEach(term -> pages.add(new TaxonomyPage(taxonomy, term)));
        }
        return pages;
    }

    Rendered render(TaxonomyPage page) {
        boolean one = page.term() != null;
        String template = one ? TAXONOMY : TAXONOMY_INDEX;
        PageView view = one ? views.taxonomyTerm(page.taxonomy(), page.term()) : views.taxonomyIndex(page.taxonomy());
        String outputPath = (one ? page.term().path() : page.taxonomy().path()) + "index.html";
        return generated(template, view, outputPath, true);
    }

    private Rendered generated(String template, PageView view, String outputPath, boolean relative) {
        TemplateRenderer.Result result = templates.render(template, views.site(), view);
        if (result.html().isEmpty()) {
            return new Rendered(List.of(), List.of(), result.problem().stream().toList());
        }
        List<CheckedPage.Origin> origins = new ArrayList<>();
        addTemplateLinks(origins, result.links());
        CheckedPage checked = new CheckedPage(outputPath, result.html().get(), templateFile(template), template, origins,
                Map.of());
        return new Rendered(List.of(new HtmlPage(checked, relative)), List.of(), result.problem().stream().toList());
    }

    /** Where problems of a template as a whole are reported: its file. */
    SourcePosition templateFile(String template) {
        return SourcePosition.of(templates.describe(template));
    }

    /**
     * 404.html (served at any depth, so its URLs stay absolute), the search page (unless a page of
     * the site has its address), sitemap.xml and robots.txt.
     */
    Rendered extras() {
        Rendered notFound = generated("404.peb", views.notFound("Page not found", ""), "404.html", false);
        List<HtmlPage> pages = new ArrayList<>(notFound.pages());
        List<Diagnostic> diagnostics = new ArrayList<>(notFound.diagnostics());
        if (index.pages().values().stream().noneMatch(p -> p.path().equals("search/"))) {
            Rendered search = generated("search.peb", views.search("Search"), "search/index.html", true);
            pages.addAll(search.pages());
            diagnostics.addAll(search.diagnostics());
        }
        List<SitemapEntry> entries = index.pages().values().stream()
                .map(p -> new SitemapEntry(index.config().baseUrl() + p.path(), lastModified(p))).toList();
        List<OutputFile> files = List.of(OutputFile.text("sitemap.xml", SiteMaps.sitemap(entries)),
                OutputFile.text("robots.txt", SiteMaps.robots(index.config().baseUrl())));
        return new Rendered(pages, files, diagnostics);
    }

    private static String lastModified(Page page) {
        if (page.meta().updated() != null) {
            return page.meta().updated().toString();
        }
        return page.meta().date() == null ? "" : page.meta().date().toString();
    }
}
