package dev.hireguide.build;

import dev.hireguide.assemble.Page;
import dev.hireguide.assemble.PageKind;
import dev.hireguide.assemble.SiteIndex;
import dev.hireguide.content.RoleData;
import dev.hireguide.diag.Diagnostic;
import dev.hireguide.diag.SourcePosition;
import dev.hireguide.markdown.MarkdownRenderer;
import dev.hireguide.markdown.RenderedMarkdown;
import dev.hireguide.output.OutputFile;
import dev.hireguide.output.RelativeUrls;
import dev.hireguide.output.SiteMaps;
import dev.hireguide.output.SitemapEntry;
import dev.hireguide.template.FieldMarkdown;
import dev.hireguide.template.JobDescription;
import dev.hireguide.template.PageView;
import dev.hireguide.template.RoleView;
import dev.hireguide.template.TemplateRenderer;
import dev.hireguide.template.ThemeLoader;
import dev.hireguide.template.TypedViewFactory;
import dev.hireguide.template.ViewFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Renders each page (Markdown, then its template) and the site-wide files: 404, search page, sitemap, robots. */
final class PageRenderer {

    private final SiteIndex index;
    private final MarkdownRenderer markdown;
    private final TemplateRenderer templates;
    private final ViewFactory views;
    private final TypedViewFactory typedViews;
    private final List<Diagnostic> extraDiagnostics = new ArrayList<>();

    PageRenderer(SiteIndex index, Path themeDir, String theme, MarkdownRenderer markdown) {
        this.index = index;
        this.markdown = markdown;
        Path templatesDir = themeDir.resolve("templates");
        ThemeLoader loader = new ThemeLoader(Files.isDirectory(templatesDir) ? templatesDir : null,
                "themes/" + theme + "/templates");
        this.templates = new TemplateRenderer(loader, index.config().basePath());
        this.views = new ViewFactory(index);
        this.typedViews = new TypedViewFactory(index, views);
    }

    /**
     * One rendered page: its files (the HTML first), or none when it failed, plus its diagnostics,
     * and its Markdown body as rendered (empty when it failed), which the search stage indexes.
     */
    record Rendered(List<OutputFile> files, List<Diagnostic> diagnostics, RenderedMarkdown body) {
        private static final RenderedMarkdown NO_BODY = new RenderedMarkdown("", List.of(), List.of());

        Rendered {
            files = List.copyOf(files);
            diagnostics = List.copyOf(diagnostics);
            body = body == null ? NO_BODY : body;
        }

        static Rendered failed(Diagnostic problem) {
            return new Rendered(List.of(), List.of(problem), null);
        }
    }

    Rendered render(Page page) {
        String file = page.displayFile();
        RenderedMarkdown body = markdown.render(page.body(), file, page.bodyFirstLine());
        List<Diagnostic> diagnostics = new ArrayList<>(body.diagnostics());
        String template = template(page);
        if (!templates.exists(template)) {
            diagnostics.add(page.meta().layout() != null
                    ? Diagnostic.error(page.positionOf("/layout"), "layout `" + page.meta().layout()
                            + "` has no template " + template, "use a template the theme has, such as `page`")
                    : Diagnostic.error(SourcePosition.of(file), "the theme has no template " + template,
                            "add " + template + " to the theme's templates folder"));
            return new Rendered(List.of(), diagnostics, body);
        }
        Object data = typedViews.of(page, fieldMarkdown(page, diagnostics), body.html());
        PageView view = views.page(page, body.html(), body.headings(), data);
        TemplateRenderer.Result result = templates.render(template, views.site(), view);
        result.problem().ifPresent(diagnostics::add);
        if (result.html().isEmpty()) {
            return new Rendered(List.of(), diagnostics, body);
        }
        List<OutputFile> files = new ArrayList<>();
        String html = RelativeUrls.rewrite(result.html().get(), index.config().basePath(), page.path());
        files.add(OutputFile.text(page.outputPath(), html));
        if (page.data() instanceof RoleData && data instanceof RoleView role) {
            files.add(OutputFile.text(page.path() + JobDescription.TEXT_FILE, role.jobDescriptionText()));
            files.add(OutputFile.text(page.path() + JobDescription.MARKDOWN_FILE,
                    "# " + page.title() + "\n\n" + page.body().strip() + "\n"));
        }
        return new Rendered(files, diagnostics, body);
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

    /** Markdown in front matter fields, with problems reported at the field's line. */
    private FieldMarkdown fieldMarkdown(Page page, List<Diagnostic> diagnostics) {
        return new FieldMarkdown() {
            @Override
            public String block(String text, String pointer) {
                if (text.isBlank()) {
                    return "";
                }
                RenderedMarkdown rendered = markdown.render(text, page.displayFile(), page.positionOf(pointer).line());
                diagnostics.addAll(rendered.diagnostics());
                return rendered.html();
            }

            @Override
            public String inline(String text, String pointer) {
                String html = block(text, pointer).strip();
                if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0) {
                    return html.substring(3, html.length() - 4);
                }
                return html;
            }
        };
    }

    /** 404.html, sitemap.xml and robots.txt. Call after the pages; problems go to {@link #extraDiagnostics()}. */
    List<OutputFile> extras() {
        List<OutputFile> files = new ArrayList<>();
        TemplateRenderer.Result notFound = templates.render("404.peb", views.site(), views.notFound("Page not found", ""));
        notFound.problem().ifPresent(extraDiagnostics::add);
        notFound.html().ifPresent(html -> files.add(OutputFile.text("404.html", html)));
        if (index.pages().values().stream().noneMatch(p -> p.path().equals("search/"))) {
            TemplateRenderer.Result search = templates.render("search.peb", views.site(), views.search("Search"));
            search.problem().ifPresent(extraDiagnostics::add);
            search.html().ifPresent(html -> files.add(OutputFile.text("search/index.html",
                    RelativeUrls.rewrite(html, index.config().basePath(), "search/"))));
        }
        List<SitemapEntry> entries = index.pages().values().stream()
                .map(p -> new SitemapEntry(index.config().baseUrl() + p.path(), lastModified(p))).toList();
        files.add(OutputFile.text("sitemap.xml", SiteMaps.sitemap(entries)));
        files.add(OutputFile.text("robots.txt", SiteMaps.robots(index.config().baseUrl())));
        return files;
    }

    List<Diagnostic> extraDiagnostics() {
        return List.copyOf(extraDiagnostics);
    }

    private static String lastModified(Page page) {
        if (page.meta().updated() != null) {
            return page.meta().updated().toString();
        }
        return page.meta().date() == null ? "" : page.meta().date().toString();
    }
}
