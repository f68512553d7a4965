package dev.hireguide.build;

import dev.hireguide.content.PageParser;
import dev.hireguide.output.FolderSync;
import dev.hireguide.yaml.YamlBinder;

import java.util.Optional;

/**
 * Work kept from one build to the next by a long-running process ({@code serve}), so that a
 * rebuild after an edit parses only the files that changed, renders only the pages that
 * changed (or all of them, when a template, site.yaml or any page's front matter changed),
 * and writes only the output files whose bytes changed. The output is byte for byte the
 * output of a build without a cache. One cache serves one site and one output folder, and
 * one build at a time.
 */
public final class BuildCache {

    final ParseCache parsed = new ParseCache();
    /** The first pass: each page's Markdown. */
    final RenderCache<PageContent> markdown = new RenderCache<>(PageContent::diagnostics);
    /** The second pass: each page's templates. */
    final RenderCache<PageRenderer.Rendered> rendered = new RenderCache<>(PageRenderer.Rendered::diagnostics);
    final FolderSync output = new FolderSync();
    private RebuildStats lastStats;
    /** The last good build, for {@link QuickRebuild}; null when the last build was not good. */
    LastBuild last;

    /** A parser for {@link QuickRebuild}, made once: making its YAML binder takes longer than parsing a page. */
    private PageParser parser;

    PageParser parser() {
        if (parser == null) {
            parser = new PageParser(new YamlBinder());
        }
        return parser;
    }

    /** What the last build with this cache did again, once it rendered. */
    public Optional<RebuildStats> lastStats() {
        return Optional.ofNullable(lastStats);
    }

    void record(RebuildStats stats) {
        lastStats = stats;
    }

    /** Forgets the rendered pages, so that the next build renders every page (parsed files stay). */
    public void forgetRendered() {
        markdown.clear();
        rendered.clear();
        last = null;
    }
}
