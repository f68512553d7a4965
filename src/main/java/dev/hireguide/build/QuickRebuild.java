package dev.hireguide.build;

import dev.hireguide.assemble.Page;
import dev.hireguide.assemble.SiteIndex;
import dev.hireguide.check.LinkCheck;
import dev.hireguide.content.PageParser;
import dev.hireguide.content.PageSource;
import dev.hireguide.diag.Diagnostic;
import dev.hireguide.diag.Diagnostics;
import dev.hireguide.output.OutputException;
import dev.hireguide.output.OutputFile;
import dev.hireguide.search.SearchUpdater;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The rebuild after a save that changed only the Markdown bodies of pages the site has: the
 * case of a writer at work. Told which files changed (by the dev server's watcher), it reads
 * and parses only those, and when each one's front matter is what it was, re-renders only those
 * pages, on the last good build's renderer and views, checks only their links, updates the
 * search index in place, and writes only the files that changed. It gives up, leaving the build
 * to the full pipeline, whenever the change could reach other pages: front matter, new,
 * deleted or renamed files, site.yaml, the theme, links to other pages that differ, ids that
 * differ (fragment links to the page), or any problem. It writes nothing before it knows it
 * can finish.
 */
final class QuickRebuild {

    private final BuildOptions options;
    private final BuildCache cache;
    private final LastBuild last;
    private final Workers workers;
    private final List<StageTime> stages = new ArrayList<>();

    private QuickRebuild(BuildOptions options, BuildCache cache, LastBuild last, Workers workers) {
        this.options = options;
        this.cache = cache;
        this.last = last;
        this.workers = workers;
    }

    /**
     * The build after {@code changes} (paths under the site's folder), when they changed page bodies
     * only; empty when the full pipeline must run. Nothing is written before it knows it can finish.
     */
    static Optional<BuildResult> run(BuildOptions options, BuildCache cache, Set<String> changes, Workers workers)
            throws OutputException {
        LastBuild last = cache.last;
        // The records file for search services is written by full builds only (serve never asks for it).
        if (last == null || changes.isEmpty() || !last.options.equals(options) || !options.write()
                || options.searchRecords().isPresent()) {
            return Optional.empty();
        }
        return new QuickRebuild(options, cache, last, workers).run(changes);
    }

    private Optional<BuildResult> run(Set<String> changes) throws OutputException {
        // Parse: the changed files only.
        long start = System.nanoTime();
        Map<String, Page> changed = new LinkedHashMap<>();
        List<Diagnostic> fresh = new ArrayList<>();
        PageParser parser = cache.parser();
        for (String change : changes) {
            String id = last.pageOfFile.get(change);
            Path file = options.root().resolve(change);
            if (id == null || !change.endsWith(".md") || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            String relPath = change.substring("content/".length());
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                return Optional.empty();
            }
            PageParser.Result parsed = cache.parsed.get(relPath, bytes, () -> parser.parse(relPath, bytes));
            Page old = last.page(id);
            if (parsed.page().isEmpty() || !sameFrontMatter(parsed.page().get(), old)
                    || last.diagnostics.stream().anyMatch(d -> d.position().file().equals(old.file()))) {
                return Optional.empty();
            }
            PageSource source = parsed.page().get();
            if (!source.body().equals(old.body()) || source.bodyFirstLine() != old.bodyFirstLine()) {
                changed.put(id, new Page(old.id(), old.kind(), old.type(), old.file(), old.meta(), old.data(),
                        source.body(), source.bodyFirstLine(), old.path(), old.parentId(), old.childIds(), old.refs(),
                        source.frontMatter(), old.audience(), old.aliases()));
            }
            fresh.addAll(parsed.diagnostics());
        }
        int parsedNow = cache.parsed.takeCount();
        stage("parse", start);
        // Later stages may give way to the full build, which drops this state: it can take the new pages now.
        last.edit(changed);
        SiteIndex index = last.shape();
        if (changed.isEmpty()) {
            return Optional.of(finish(index, parsedNow, fresh));
        }

        // Render: Markdown, then templates, of the changed pages; their links to other pages must not change.
        start = System.nanoTime();
        List<Page> pages = List.copyOf(changed.values());
        List<PageContent> contents = workers.map(pages, last.renderer::markdown, Duration.ofSeconds(10),
                (page, error) -> PageContent.failed(Failures.of(page.displayFile(), error)));
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            if (contents.get(i).isFailed()
                    || !last.renderer.bodyTargets(page, contents.get(i)).equals(last.bodyTargets.get(page.id()))) {
                return Optional.empty();
            }
        }
        List<PageRenderer.Rendered> rendered = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            rendered.add(last.renderer.render(pages.get(i), contents.get(i)));
        }
        stage("render", start);

        // Check: the changed pages' links, against the ids of every page, which must not change.
        start = System.nanoTime();
        Map<String, LinkCheck.PageScan> scans = new LinkedHashMap<>();
        List<PageRenderer.HtmlPage> html = new ArrayList<>();
        for (PageRenderer.Rendered page : rendered) {
            fresh.addAll(page.diagnostics());
            for (PageRenderer.HtmlPage htmlPage : page.pages()) {
                LinkCheck.PageScan scan = LinkCheck.scan(htmlPage.page());
                LinkCheck.PageScan before = last.scans.get(htmlPage.page().outputPath());
                if (before == null || !LinkCheck.sameIds(before, scan)) {
                    return Optional.empty();
                }
                scans.put(htmlPage.page().outputPath(), scan);
                html.add(htmlPage);
            }
        }
        last.check.withScans(html.stream().map(PageRenderer.HtmlPage::page).toList(), List.copyOf(scans.values()));
        for (PageRenderer.HtmlPage page : html) {
            if (!last.check.check(page.page(), scans.get(page.page().outputPath())).isEmpty()) {
                return Optional.empty();
            }
        }
        stage("check", start);
        if (fresh.stream().anyMatch(Diagnostic::isError)) {
            return Optional.empty();
        }

        // From here on the build succeeds: keep its pages.
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            last.contents.put(page.id(), contents.get(i));
            last.rendered.put(page.id(), rendered.get(i));
        }
        last.scans.putAll(scans);
        return Optional.of(finish(index, parsedNow, pages, fresh, html, rendered));
    }

    private BuildResult finish(SiteIndex index, int parsedNow, List<Diagnostic> fresh) throws OutputException {
        return finish(index, parsedNow, List.of(), fresh, List.of(), List.of());
    }

    private BuildResult finish(SiteIndex index, int parsedNow, List<Page> pages, List<Diagnostic> fresh,
                               List<PageRenderer.HtmlPage> html, List<PageRenderer.Rendered> rendered)
            throws OutputException {
        int renderedNow = pages.size();
        List<OutputFile> files = new ArrayList<>();
        Set<String> removed = new HashSet<>();
        if (renderedNow > 0) {
            long start = System.nanoTime();
            Optional<SearchUpdater.Change> change = last.search.update(pages, page -> last.contents.get(page.id()).body());
            if (change.isPresent()) {
                files.addAll(change.get().files());
                removed.addAll(change.get().removed());
                last.searchFiles.removeAll(removed);
                change.get().files().forEach(f -> last.searchFiles.add(f.path()));
            } else {
                // A page's records are not the same ones: their numbers move, so the index is made again.
                last.search = SiteBuilder.search(last.index(), id -> last.contents.get(id).body(), workers);
                List<OutputFile> all = last.search.index().files();
                Set<String> paths = new HashSet<>();
                all.forEach(f -> paths.add(f.path()));
                removed.addAll(last.searchFiles);
                removed.removeAll(paths);
                last.searchFiles = paths;
                files.addAll(all);
            }
            stage("search", start);
        }
        long start = System.nanoTime();
        String basePath = index.config().basePath();
        for (PageRenderer.HtmlPage page : html) {
            files.add(RenderedSite.output(page, basePath));
        }
        rendered.forEach(r -> files.addAll(r.files()));
        int written = cache.output.update(options.out(), options.root(), files, removed);
        if (written < 0) {
            cache.last = null;
            throw new IllegalStateException("the quick rebuild ran without a folder written before it");
        }
        stage("write", start);
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.addAll(last.diagnostics);
        diagnostics.addAll(fresh);
        List<Diagnostic> all = diagnostics.sorted();
        last.diagnostics = all;
        cache.record(new RebuildStats(last.files, parsedNow, index.pages().size(), renderedNow, false,
                cache.output.lastWritten(), cache.output.lastDeleted()));
        return new BuildResult(all, index.pages().size(), written, stages);
    }

    /** The page's front matter and type are as the last build saw them, so other pages see it the same. */
    private static boolean sameFrontMatter(PageSource source, Page old) {
        return old.hasSource() && source.file().equals(old.file()) && source.meta().equals(old.meta())
                && source.type() == old.type() && source.data().equals(old.data());
    }

    private void stage(String name, long start) {
        stages.add(new StageTime(name, Duration.ofNanos(System.nanoTime() - start)));
    }
}
