package dev.hireguide.build;

import dev.hireguide.assemble.LinkGraph;
import dev.hireguide.assemble.Page;
import dev.hireguide.assemble.SiteAssembler;
import dev.hireguide.assemble.SiteIndex;
import dev.hireguide.check.CheckedPage;
import dev.hireguide.check.LinkCheck;
import dev.hireguide.check.ScanStrings;
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
import dev.hireguide.output.RelativeUrls;
import dev.hireguide.output.SiteWriter;
import dev.hireguide.output.StagingFolder;
import dev.hireguide.scan.ContentScanner;
import dev.hireguide.scan.ScanResult;
import dev.hireguide.scan.SourceFile;
import dev.hireguide.scan.ThemeFile;
import dev.hireguide.scan.ThemeScanner;
import dev.hireguide.search.RecordsFile;
import dev.hireguide.search.SearchIndex;
import dev.hireguide.search.SearchUpdater;
import dev.hireguide.yaml.YamlBinder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Builds a site in one straight pass: config, scan, parse, assemble, render, check, write. Each
 * stage hands immutable values to the next; every problem goes into one {@link Diagnostics}
 * so that a build reports all of them; nothing is written to the output when there is an error.
 */
public final class SiteBuilder {

    /** A page that takes longer than this to render is reported instead of hanging the build. */
    private static final Duration PAGE_LIMIT = Duration.ofSeconds(10);

    private final List<StageTime> stages = new ArrayList<>();
    private final Diagnostics diagnostics = new Diagnostics();
    /** The pages' rendered Markdown bodies by id, from the render stage for the search stage. */
    private Map<String, RenderedMarkdown> bodies = Map.of();
    /**
     * The one instance of each id, link and image that the pages' scans for the link check keep;
     * made again by the render stage to leave out the links it finds good (see ScanStrings).
     */
    private ScanStrings scanStrings = new ScanStrings();
    private final BuildProgress progress;
    /** Work kept from the previous build, or null for a build on its own. */
    private final BuildCache cache;
    /** With a cache: the files parsed and pages rendered again in this build. */
    private int parsedNow;
    private int renderedNow;
    /** With a cache: what a {@link QuickRebuild} after this build needs, filled in by the stages. */
    private LastBuild lastBuild;
    private BuildOptions options;
    private int sourceFiles;

    private SiteBuilder(BuildProgress progress, BuildCache cache) {
        this.progress = progress;
        this.cache = cache;
    }

    /** Builds (or with {@link BuildOptions#checkOnly()}, checks) a site. One builder serves one build. */
    public static BuildResult build(BuildOptions options) throws OutputException {
        return build(options, BuildProgress.NONE);
    }

    /** Builds like {@link #build(BuildOptions)}, telling {@code progress} how far each stage has got. */
    public static BuildResult build(BuildOptions options, BuildProgress progress) throws OutputException {
        return run(options, progress, null, Set.of());
    }

    /**
     * Builds again with the work {@code cache} kept from the previous builds of this site: only
     * changed files are parsed, only changed pages rendered, and only changed output files
     * written, into {@code options.out()}, which must be a folder only this cache writes. The
     * output is byte for byte what {@link #build(BuildOptions)} writes; {@link BuildCache#lastStats()}
     * says what was done again.
     */
    public static BuildResult rebuild(BuildOptions options, BuildCache cache, BuildProgress progress)
            throws OutputException {
        return run(options, progress, cache, Set.of());
    }

    /**
     * Rebuilds like {@link #rebuild(BuildOptions, BuildCache, BuildProgress)}, told which files
     * changed since the last build ({@code changes}: paths under the site's folder, such as
     * {@code content/guides/fastapi.md}, all of them): when they changed only pages' Markdown
     * bodies, only those files are read and only those pages made again ({@link QuickRebuild}).
     */
    public static BuildResult rebuild(BuildOptions options, BuildCache cache, BuildProgress progress,
                                      Set<String> changes) throws OutputException {
        return run(options, progress, cache, changes);
    }

    private static BuildResult run(BuildOptions options, BuildProgress progress, BuildCache cache, Set<String> changes)
            throws OutputException {
        try {
            if (cache != null && !changes.isEmpty()) {
                try (Workers workers = new Workers(Runtime.getRuntime().availableProcessors())) {
                    Optional<BuildResult> quick = QuickRebuild.run(options, cache, changes, workers);
                    if (quick.isPresent()) {
                        return quick.get();
                    }
                }
            }
            return new SiteBuilder(progress, cache).run(options);
        } finally {
            progress.finished();
        }
    }

    private BuildResult run(BuildOptions options) throws OutputException {
        this.options = options;
        if (cache != null) {
            cache.last = null;
        }
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
        YamlBinder binder = YamlBinder.shared();
        Optional<SiteConfig> config = timed("config", () -> loadConfig(contentDir, binder, options));
        ScanResult scan = timed("scan", () -> ContentScanner.scan(contentDir));
        sourceFiles = scan.pages().size();
        diagnostics.addAll(scan.diagnostics());
        try (Workers workers = new Workers(Runtime.getRuntime().availableProcessors())) {
            List<PageSource> sources = timed("parse", () -> parse(scan.pages(), binder, workers));
            if (config.isEmpty()) {
                return result(0, 0);
            }
            SiteIndex index = timed("assemble", () -> assemble(config.get(), sources, scan.assets(), options));
            // A build on its own writes each page into the staging folder as soon as it is
            // rendered (and scanned for the link check), so that no page's HTML is held until the
            // end; a build that fails deletes that folder, and the old site stays. One that has
            // failed already only renders, to report the problems of the rest.
            boolean writeAhead = cache == null && options.write() && !diagnostics.hasErrors();
            try (StagingFolder staging = writeAhead ? SiteWriter.stage(options.out(), root) : null) {
                return renderCheckWrite(index, scan, root, workers, staging);
            }
        }
    }

    /** The stages from render on; {@code staging} is where pages are written as they are rendered, or null. */
    private BuildResult renderCheckWrite(SiteIndex index, ScanResult scan, Path root, Workers workers, StagingFolder staging)
            throws OutputException {
        RenderedSite site = timed("render", () -> render(index, root, workers, staging));
        timed("check", () -> check(site, index, workers));
        if (diagnostics.hasErrors() || !options.write()) {
            return result(index.pages().size(), 0);
        }
        List<OutputFile> files = site.outputFiles(index.config().basePath());
        SearchIndex search;
        int written;
        if (staging != null) {
            // The search index is made on this thread while the writer threads write the
            // last files: most of its time is one thread's, and writing waits on the file
            // system. The write stage's time is what the writing took beyond the search's.
            progress.started("write", files.size());
            long start = System.nanoTime();
            SearchIndex[] made = new SearchIndex[1];
            written = staging.commit(files, () -> {
                made[0] = measured("search", () -> search(index, workers));
                return made[0].files();
            });
            search = made[0];
            Duration searchTime = stages.get(stages.size() - 1).time();
            stages.add(new StageTime("write", Duration.ofNanos(System.nanoTime() - start).minus(searchTime)));
        } else {
            search = timed("search", () -> search(index, workers));
            long start = System.nanoTime();
            files.addAll(search.files());
            progress.started("write", files.size());
            written = syncOutput(options, root, made(files, workers), scan.pages().size(), index.pages().size());
            stages.add(new StageTime("write", Duration.ofNanos(System.nanoTime() - start)));
        }
        if (options.searchRecords().isPresent()) {
            RecordsFile.write(options.searchRecords().get(), search.records(), index.config().baseUrl());
        }
        BuildResult result = result(index.pages().size(), written);
        if (cache != null && lastBuild != null) {
            lastBuild.diagnostics = result.diagnostics();
            lastBuild.searchFiles = search.files().stream().map(OutputFile::path).collect(Collectors.toSet());
            cache.last = lastBuild;
        }
        return result;
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

    /**
     * The files with their content made, on the workers: the folder sync of {@code serve} keeps
     * every file's bytes to compare with the next build's, and would otherwise make them one by one.
     */
    private static List<OutputFile> made(List<OutputFile> files, Workers workers) {
        return workers.map(files, file -> file.later() == null ? file : new OutputFile(file.path(), file.content(), null),
                PAGE_LIMIT, (file, error) -> {
                    throw new IllegalStateException("making " + file.path() + " failed", error);
                });
    }

    /** Writes only what changed into the cache's folder; returns the number of files in the site. */
    private int syncOutput(BuildOptions options, Path root, List<OutputFile> files, int sourceFiles, int pages)
            throws OutputException {
        cache.output.sync(options.out(), root, files);
        cache.record(new RebuildStats(sourceFiles, parsedNow, pages, renderedNow,
                cache.rendered.renderedAll(), cache.output.lastWritten(), cache.output.lastDeleted()));
        return files.size();
    }

    private List<PageSource> parse(List<SourceFile> files, YamlBinder binder, Workers workers) {
        PageParser parser = new PageParser(binder);
        List<PageParser.Result> results = counted("parse", files, workers, file -> {
            try {
                byte[] bytes = Files.readAllBytes(file.absolute());
                return cache == null ? parser.parse(file.relPath(), bytes)
                        : cache.parsed.get(file.relPath(), bytes, () -> parser.parse(file.relPath(), bytes));
            } catch (IOException e) {
                return new PageParser.Result(Optional.empty(), List.of(Diagnostic.error(
                        SourcePosition.of(file.displayPath()), "cannot read the file", "check its permissions")));
            }
        }, (file, error) -> new PageParser.Result(Optional.empty(),
                List.of(Failures.of(file.displayPath(), error))));
        if (cache != null) {
            parsedNow = cache.parsed.endBuild(files.stream().map(SourceFile::relPath).collect(Collectors.toSet()));
        }
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

    private RenderedSite render(SiteIndex index, Path root, Workers workers, StagingFolder staging) {
        SiteConfig config = index.config();
        Path themeDir = root.resolve("themes").resolve(config.theme());
        if (!config.theme().equals("default") && !Files.isDirectory(themeDir)) {
            diagnostics.error(SourcePosition.of(SiteConfigLoader.PATH), "theme `" + config.theme() + "` not found",
                    "create themes/" + config.theme() + "/templates/, or use `theme: default`");
            return RenderedSite.empty();
        }
        PageRenderer renderer = new PageRenderer(index, themeDir, config.theme(),
                new MarkdownRenderer(new MarkdownOptions(config.basePath())));
        List<Page> pages = List.copyOf(index.pages().values());
        // Pass 1, Markdown: every page's links must be known before any template shows backlinks.
        List<Page> staleMarkdown = cache == null ? pages : cache.markdown.stale(index, "", pages);
        progress.started("markdown", staleMarkdown.size());
        List<PageContent> freshMarkdown = counted("markdown", staleMarkdown, workers, renderer::markdown,
                (page, error) -> PageContent.failed(Failures.of(page.displayFile(), error)));
        List<PageContent> contents = cache == null ? freshMarkdown
                : cache.markdown.merge(pages, staleMarkdown, freshMarkdown);
        List<Integer> order = IntStream.range(0, pages.size()).boxed().toList();
        List<Set<String>> targets = workers.map(order, i -> renderer.bodyTargets(pages.get(i), contents.get(i)),
                PAGE_LIMIT, (i, error) -> {
                    diagnostics.add(Failures.of(pages.get(i).displayFile(), error));
                    return Set.of();
                });
        LinkGraph graph = renderer.linkGraph(pages, targets);
        Map<String, RenderedMarkdown> bodies = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            bodies.put(pages.get(i).id(), contents.get(i).body());
        }
        this.bodies = bodies;
        // Pass 2, templates. Besides the site's shape, a page shows which pages link to it.
        Map<String, PageContent> byId = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            byId.put(pages.get(i).id(), contents.get(i));
        }
        List<Page> stale = cache == null ? pages
                : cache.rendered.stale(index, TemplateKey.of(themeDir), pages, page -> graph.referencesTo(page.id()));
        progress.started("render", stale.size());
        List<ThemeFile> staticFiles = ThemeScanner.staticFiles(themeDir.resolve("static"));
        // The pages' links to files the build surely writes are found good as they are scanned,
        // once per link, and left out of what the check reads.
        scanStrings = new ScanStrings(new LinkCheck(config.basePath(), config.baseUrl(), surelyWritten(index, staticFiles)));
        Function<PageRenderer.Rendered, PageRenderer.Rendered> streamed = staging == null ? Function.identity()
                : made -> written(made, staging, config.basePath(), scanStrings);
        List<PageRenderer.Rendered> fresh = counted("render", stale, workers,
                page -> streamed.apply(renderer.render(page, byId.get(page.id()))),
                (page, error) -> PageRenderer.Rendered.failed(Failures.of(page.displayFile(), error)));
        List<PageRenderer.Rendered> rendered = new ArrayList<>(cache == null ? fresh
                : cache.rendered.merge(pages, stale, fresh));
        renderedNow = stale.size();
        if (cache != null) {
            keep(index, renderer, pages, contents, rendered);
        }
        rendered.addAll(workers.map(renderer.taxonomyPages(), page -> streamed.apply(renderer.render(page)), PAGE_LIMIT,
                (page, error) -> PageRenderer.Rendered.failed(Failures.of(renderer.templateFile("taxonomy.peb").file(), error))));
        rendered.add(streamed.apply(extras(renderer)));

        Map<String, OutputFile> files = new TreeMap<>();
        for (ThemeFile file : staticFiles) {
            files.put(file.path(), new OutputFile(file.path(), file.bytes(), null));
        }
        for (SourceFile asset : index.assets()) {
            files.put(asset.relPath(), OutputFile.copy(asset.relPath(), asset.absolute()));
        }
        List<PageRenderer.HtmlPage> html = new ArrayList<>();
        Map<String, SourcePosition> templateFiles = new TreeMap<>();
        for (PageRenderer.Rendered page : rendered) {
            diagnostics.addAll(page.diagnostics());
            for (OutputFile file : page.files()) {
                files.put(file.path(), file);
            }
            for (PageRenderer.HtmlPage htmlPage : page.pages()) {
                html.add(htmlPage);
                String template = htmlPage.page().template();
                if (!template.isEmpty()) {
                    templateFiles.computeIfAbsent(template, renderer::templateFile);
                }
            }
        }
        return new RenderedSite(html, files, templateFiles);
    }

    /**
     * The files a build writes whatever its pages' rendering gives: every page's (a page that
     * fails to render is reported already, and links to it are not broken as well), the
     * content's other files and the theme's static files. Generated pages (tags, search, 404)
     * are not among them: a template that fails makes none.
     */
    private static Set<String> surelyWritten(SiteIndex index, List<ThemeFile> staticFiles) {
        Set<String> paths = new HashSet<>();
        index.pages().values().forEach(page -> paths.add(page.outputPath()));
        index.assets().forEach(asset -> paths.add(asset.relPath()));
        staticFiles.forEach(file -> paths.add(file.path()));
        return paths;
    }

    /** The 404 and search pages, sitemap and robots.txt, with a failure reported at the 404 template. */
    private static PageRenderer.Rendered extras(PageRenderer renderer) {
        try {
            return renderer.extras();
        } catch (RuntimeException e) {
            return PageRenderer.Rendered.failed(Failures.of(renderer.templateFile("404.peb").file(), e));
        }
    }

    /**
     * Writes the pages of {@code rendered} into the staging folder and scans them for the link
     * check; what is left of them is that scan, not their HTML. On the workers, as each page is
     * rendered.
     */
    private static PageRenderer.Rendered written(PageRenderer.Rendered rendered, StagingFolder staging, String basePath,
                                                 ScanStrings scanStrings) {
        if (rendered.pages().isEmpty()) {
            return rendered;
        }
        List<PageRenderer.HtmlPage> pages = new ArrayList<>(rendered.pages().size());
        for (PageRenderer.HtmlPage page : rendered.pages()) {
            try {
                // Made into UTF-8 once, for the scan and the file.
                byte[] html = page.page().html().getBytes(StandardCharsets.UTF_8);
                // The scan notes where the page has ="; the rewrite of its URLs reads only those.
                RelativeUrls.Positions quotedEquals = new RelativeUrls.Positions();
                LinkCheck.PageScan scan = LinkCheck.scanUtf8(html, scanStrings, quotedEquals::add);
                staging.write(page.page().outputPath(), RenderedSite.content(page, html, basePath, quotedEquals));
                pages.add(page.written(scan));
            } catch (RuntimeException e) {
                // A bug in the scan or in making the bytes: the page goes the way of pages not
                // written ahead, where the check and the write report it for this page alone.
                pages.add(page);
            }
        }
        return new PageRenderer.Rendered(pages, rendered.files(), rendered.diagnostics());
    }

    /** Keeps what a quick rebuild needs of the render stage (called before the taxonomy pages are added). */
    private void keep(SiteIndex index, PageRenderer renderer, List<Page> pages, List<PageContent> contents,
                      List<PageRenderer.Rendered> rendered) {
        lastBuild = new LastBuild(options, index, renderer, sourceFiles);
        for (int i = 0; i < pages.size(); i++) {
            lastBuild.contents.put(pages.get(i).id(), contents.get(i));
            lastBuild.rendered.put(pages.get(i).id(), rendered.get(i));
        }
        lastBuild.bodyTargets.putAll(renderer.bodyLinks());
    }

    /** The search index, from the assembled site and the page bodies the render stage made. */
    private SearchIndex search(SiteIndex index, Workers workers) {
        Map<String, RenderedMarkdown> kept = bodies;
        bodies = Map.of();
        SearchUpdater search = search(index, kept::get, workers);
        if (lastBuild != null) {
            lastBuild.search = search;
        }
        return search.index();
    }

    /** The search index of a site, from each page's rendered Markdown body by page id. */
    static SearchUpdater search(SiteIndex index, Function<String, RenderedMarkdown> bodies, Workers workers) {
        List<Page> pages = List.copyOf(index.pages().values());
        RenderedMarkdown none = new RenderedMarkdown("", List.of(), List.of());
        return SearchUpdater.of(index, page -> {
            RenderedMarkdown body = bodies.apply(page.id());
            return body == null ? none : body;
        }, work -> workers.map(pages, work, PAGE_LIMIT, (page, error) -> List.of()));
    }

    /** Every internal link, image and fragment of the rendered site leads somewhere; no page repeats an id. */
    private Void check(RenderedSite site, SiteIndex index, Workers workers) {
        List<CheckedPage> pages = site.checkedPages();
        List<PageRenderer.HtmlPage> htmlPages = site.pages();
        Set<String> paths = site.paths();
        // A page that failed to render is reported already; links to it are not broken as well.
        index.pages().values().forEach(page -> paths.add(page.outputPath()));
        LinkCheck check = new LinkCheck(index.config().basePath(), index.config().baseUrl(), paths);
        // Pages written as they were rendered were scanned then.
        List<LinkCheck.PageScan> scans = workers.map(htmlPages,
                page -> page.scan() != null ? page.scan() : LinkCheck.scan(page.page(), scanStrings), PAGE_LIMIT, (page, error) -> {
                    diagnostics.add(Failures.of(page.page().source().file(), error));
                    return LinkCheck.unscanned();
                });
        check.withScans(pages, scans);
        if (lastBuild != null) {
            lastBuild.check = check;
            for (int i = 0; i < pages.size(); i++) {
                lastBuild.scans.put(pages.get(i).outputPath(), scans.get(i));
            }
        }
        List<Integer> order = IntStream.range(0, pages.size()).boxed().toList();
        List<List<LinkCheck.Problem>> problems = workers.map(order, i -> check.check(pages.get(i), scans.get(i)),
                PAGE_LIMIT, (i, error) -> {
                    diagnostics.add(Failures.of(pages.get(i).source().file(), error));
                    return List.of();
                });
        diagnostics.addAll(LinkCheck.report(problems.stream().flatMap(List::stream).toList(), site.templateFiles()));
        return null;
    }

    /** Maps {@code work} over {@code items} on the workers, telling the progress listener as each one finishes. */
    private <T, R> List<R> counted(String stage, List<T> items, Workers workers, Function<T, R> work,
                                   java.util.function.BiFunction<T, Throwable, R> onFailure) {
        AtomicInteger done = new AtomicInteger();
        return workers.map(items, item -> {
            R result = work.apply(item);
            progress.advanced(stage, done.incrementAndGet(), items.size());
            return result;
        }, PAGE_LIMIT, onFailure);
    }

    private <T> T timed(String stage, Supplier<T> work) {
        progress.started(stage, 0);
        return measured(stage, work);
    }

    /** Runs {@code work} and records its time as the stage's, without telling the progress listener. */
    private <T> T measured(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        stages.add(new StageTime(stage, Duration.ofNanos(System.nanoTime() - start)));
        return result;
    }

    private BuildResult result(int pages, int written) {
        return new BuildResult(diagnostics.sorted(), pages, written, stages);
    }
}
