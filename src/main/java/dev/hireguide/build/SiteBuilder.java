package dev.hireguide.build;

import dev.hireguide.assemble.Page;
import dev.hireguide.assemble.SiteAssembler;
import dev.hireguide.assemble.SiteIndex;
import dev.hireguide.config.SiteConfig;
import dev.hireguide.config.SiteConfigLoader;
import dev.hireguide.content.PageParser;
import dev.hireguide.content.PageSource;
import dev.hireguide.diag.Diagnostic;
import dev.hireguide.diag.Diagnostics;
import dev.hireguide.diag.SourcePosition;
import dev.hireguide.markdown.MarkdownOptions;
import dev.hireguide.markdown.MarkdownRenderer;
import dev.hireguide.markdown.RenderedMarkdown;
import dev.hireguide.output.OutputException;
import dev.hireguide.output.OutputFile;
import dev.hireguide.output.SiteWriter;
import dev.hireguide.scan.ContentScanner;
import dev.hireguide.scan.ScanResult;
import dev.hireguide.scan.SourceFile;
import dev.hireguide.scan.ThemeFile;
import dev.hireguide.scan.ThemeScanner;
import dev.hireguide.search.RecordsFile;
import dev.hireguide.search.SearchIndex;
import dev.hireguide.search.SearchIndexer;
import dev.hireguide.yaml.YamlBinder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Builds a site in one straight pass: config, scan, parse, assemble, render, write. Each
 * stage hands immutable values to the next; every problem goes into one {@link Diagnostics}
 * so that a build reports all of them; nothing is written when there is an error.
 */
public final class SiteBuilder {

    /** A page that takes longer than this to render is reported instead of hanging the build. */
    private static final Duration PAGE_LIMIT = Duration.ofSeconds(10);

    private final List<StageTime> stages = new ArrayList<>();
    private final Diagnostics diagnostics = new Diagnostics();
    /** The pages' rendered Markdown bodies by id, from the render stage for the search stage. */
    private Map<String, RenderedMarkdown> bodies = Map.of();

    /** Builds (or with {@link BuildOptions#checkOnly()}, checks) a site. One builder serves one build. */
    public static BuildResult build(BuildOptions options) throws OutputException {
        return new SiteBuilder().run(options);
    }

    private BuildResult run(BuildOptions options) throws OutputException {
        Path root = options.root();
        Path contentDir = root.resolve("content");
        if (!Files.isDirectory(contentDir)) {
            diagnostics.error(SourcePosition.of("content/"), "the site has no content/ folder",
                    "run hireguide in the site's folder, or name it with --root DIR");
            return result(0, 0);
        }
        if (options.write()) {
            SiteWriter.recover(options.out(), root);
        }
        YamlBinder binder = new YamlBinder();
        Optional<SiteConfig> config = timed("config", () -> loadConfig(contentDir, binder, options));
        ScanResult scan = timed("scan", () -> ContentScanner.scan(contentDir));
        diagnostics.addAll(scan.diagnostics());
        try (Workers workers = new Workers(Runtime.getRuntime().availableProcessors())) {
            List<PageSource> sources = timed("parse", () -> parse(scan.pages(), binder, workers));
            if (config.isEmpty()) {
                return result(0, 0);
            }
            SiteIndex index = timed("assemble", () -> assemble(config.get(), sources, scan.assets(), options));
            Map<String, OutputFile> files = timed("render", () -> render(index, root, workers));
            SearchIndex search = timed("search", () -> search(index, workers));
            search.files().forEach(file -> files.put(file.path(), file));
            if (diagnostics.hasErrors() || !options.write()) {
                return result(index.pages().size(), 0);
            }
            long start = System.nanoTime();
            int written = SiteWriter.write(options.out(), root, List.copyOf(files.values()));
            stages.add(new StageTime("write", Duration.ofNanos(System.nanoTime() - start)));
            if (options.searchRecords().isPresent()) {
                RecordsFile.write(options.searchRecords().get(), search.records(), index.config().baseUrl());
            }
            return result(index.pages().size(), written);
        }
    }

    private Optional<SiteConfig> loadConfig(Path contentDir, YamlBinder binder, BuildOptions options) {
        Path file = contentDir.resolve("site.yaml");
        if (!Files.isRegularFile(file)) {
            diagnostics.add(SiteConfigLoader.missingFile());
            return Optional.empty();
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(SiteConfigLoader.PATH), "cannot read the file as UTF-8 text",
                    "save content/site.yaml as UTF-8");
            return Optional.empty();
        }
        SiteConfigLoader.Result loaded = new SiteConfigLoader(binder).load(text);
        diagnostics.addAll(loaded.diagnostics());
        return loaded.config().map(c -> options.baseUrl().map(c::withBaseUrl).orElse(c));
    }

    private List<PageSource> parse(List<SourceFile> files, YamlBinder binder, Workers workers) {
        PageParser parser = new PageParser(binder);
        List<PageParser.Result> results = workers.map(files, file -> {
            try {
                return parser.parse(file.relPath(), Files.readAllBytes(file.absolute()));
            } catch (IOException e) {
                return new PageParser.Result(Optional.empty(), List.of(Diagnostic.error(
                        SourcePosition.of(file.displayPath()), "cannot read the file", "check its permissions")));
            }
        }, PAGE_LIMIT, (file, error) -> new PageParser.Result(Optional.empty(),
                List.of(Failures.of(file.displayPath(), error))));
        List<PageSource> pages = new ArrayList<>();
        for (PageParser.Result result : results) {
            diagnostics.addAll(result.diagnostics());
            result.page().ifPresent(pages::add);
        }
        return pages;
    }

    private SiteIndex assemble(SiteConfig config, List<PageSource> sources, List<SourceFile> assets,
                               BuildOptions options) {
        SiteAssembler.Result assembled = SiteAssembler.assemble(config, sources, assets, options.drafts(), options.today(),
                options.audience().orElse(config.audience()));
        diagnostics.addAll(assembled.diagnostics());
        return assembled.index();
    }

    private Map<String, OutputFile> render(SiteIndex index, Path root, Workers workers) {
        SiteConfig config = index.config();
        Path themeDir = root.resolve("themes").resolve(config.theme());
        if (!config.theme().equals("default") && !Files.isDirectory(themeDir)) {
            diagnostics.error(SourcePosition.of(SiteConfigLoader.PATH), "theme `" + config.theme() + "` not found",
                    "create themes/" + config.theme() + "/templates/, or use `theme: default`");
            return Map.of();
        }
        PageRenderer renderer = new PageRenderer(index, themeDir, config.theme(),
                new MarkdownRenderer(new MarkdownOptions(config.basePath())));
        List<Page> pages = List.copyOf(index.pages().values());
        List<PageRenderer.Rendered> rendered = workers.map(pages, renderer::render, PAGE_LIMIT,
                (page, error) -> PageRenderer.Rendered.failed(Failures.of(page.displayFile(), error)));
        Map<String, OutputFile> files = new TreeMap<>();
        for (ThemeFile file : ThemeScanner.staticFiles(themeDir.resolve("static"))) {
            files.put(file.path(), new OutputFile(file.path(), file.bytes(), null));
        }
        for (SourceFile asset : index.assets()) {
            files.put(asset.relPath(), OutputFile.copy(asset.relPath(), asset.absolute()));
        }
        for (int i = 0; i < pages.size(); i++) {
            PageRenderer.Rendered page = rendered.get(i);
            diagnostics.addAll(page.diagnostics());
            for (OutputFile file : page.files()) {
                files.put(file.path(), file);
            }
        }
        bodies = renderer.bodies();
        for (OutputFile extra : renderer.extras()) {
            files.put(extra.path(), extra);
        }
        diagnostics.addAll(renderer.extraDiagnostics());
        return files;
    }

    /** The search index, from the assembled site and the page bodies the render stage made. */
    private SearchIndex search(SiteIndex index, Workers workers) {
        List<Page> pages = List.copyOf(index.pages().values());
        RenderedMarkdown none = new RenderedMarkdown("", List.of(), List.of());
        SearchIndex search = SearchIndexer.index(index, page -> bodies.getOrDefault(page.id(), none),
                work -> workers.map(pages, work, PAGE_LIMIT, (page, error) -> List.of()));
        bodies = Map.of();
        return search;
    }

    private <T> T timed(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        stages.add(new StageTime(stage, Duration.ofNanos(System.nanoTime() - start)));
        return result;
    }

    private BuildResult result(int pages, int written) {
        return new BuildResult(diagnostics.sorted(), pages, written, stages);
    }
}
