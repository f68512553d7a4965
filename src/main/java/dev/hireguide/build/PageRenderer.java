package dev.hireguide.build;

import dev.hireguide.assemble.Page;
import dev.hireguide.assemble.SiteIndex;
import dev.hireguide.diag.Diagnostic;
import dev.hireguide.diag.SourcePosition;
import dev.hireguide.markdown.MarkdownRenderer;
import dev.hireguide.markdown.RenderedMarkdown;
import dev.hireguide.output.OutputFile;
import dev.hireguide.output.SiteMaps;
import dev.hireguide.output.SitemapEntry;
import dev.hireguide.template.PageView;
import dev.hireguide.template.TemplateRenderer;
import dev.hireguide.template.ThemeLoader;
import dev.hireguide.template.ViewFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Renders each page (Markdown, then its template) and the site-wide files: 404, sitemap, robots. */
final class PageRenderer {

    private final SiteIndex index;
    private final MarkdownRenderer markdown;
    private final TemplateRenderer templates;
    private final ViewFactory views;
    private final List<Diagnostic> extraDiagnostics = new ArrayList<>();

    PageRenderer(SiteIndex index, Path themeDir, String theme, MarkdownRenderer markdown) {
        this.index = index;
        this.markdown = markdown;
        Path templatesDir = themeDir.resolve("templates");
        ThemeLoader loader = new ThemeLoader(Files.isDirectory(templatesDir) ? templatesDir : null,
                "themes/" + theme + "/templates");
        this.templates = new TemplateRenderer(loader, index.config().basePath());
        this.views = new ViewFactory(index);
    }

    /** One rendered page: the output path and HTML, or none when it failed, plus its diagnostics. */
    record Rendered(String path, Optional<String> html, List<Diagnostic> diagnostics) {
        Rendered {
            diagnostics = List.copyOf(diagnostics);
        }

        static Rendered failed(Diagnostic problem) {
            return new Rendered("", Optional.empty(), List.of(problem));
        }
    }

    Rendered render(Page page) {
        String file = page.hasSource() ? page.file() : "content/" + page.id();
        RenderedMarkdown body = markdown.render(page.body(), file, page.bodyFirstLine());
        List<Diagnostic> diagnostics = new ArrayList<>(body.diagnostics());
        String template = page.meta().layout() != null ? page.meta().layout() + ".peb" : page.kind().template();
        if (!templates.exists(template)) {
            diagnostics.add(Diagnostic.error(SourcePosition.of(file), "layout `" + page.meta().layout()
                    + "` has no template " + template, "use a template the theme has, such as `page`"));
            return new Rendered(page.outputPath(), Optional.empty(), diagnostics);
        }
        PageView view = views.page(page, body.html(), body.headings());
        TemplateRenderer.Result result = templates.render(template, views.site(), view);
        result.problem().ifPresent(diagnostics::add);
        return new Rendered(page.outputPath(), result.html(), diagnostics);
    }

    /** 404.html, sitemap.xml and robots.txt. Call after the pages; problems go to {@link #extraDiagnostics()}. */
    List<OutputFile> extras() {
        List<OutputFile> files = new ArrayList<>();
        TemplateRenderer.Result notFound = templates.render("404.peb", views.site(), views.notFound("Page not found", ""));
        notFound.problem().ifPresent(extraDiagnostics::add);
        notFound.html().ifPresent(html -> files.add(OutputFile.text("404.html", html)));
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
