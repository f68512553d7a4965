package dev.hireguide.build;

import dev.hireguide.assemble.Page;
import dev.hireguide.assemble.SiteIndex;
import dev.hireguide.check.LinkCheck;
import dev.hireguide.diag.Diagnostic;
import dev.hireguide.search.SearchUpdater;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link QuickRebuild} needs of the last good build, kept by the {@link BuildCache}: the
 * assembled site, the page renderer with its views of it, each page's Markdown, links and
 * templates, the link check with every page's scan, the search index's files and the build's
 * problems. Replaced or updated by every good build, and dropped by any other.
 */
final class LastBuild {

    final BuildOptions options;
    final PageRenderer renderer;
    /** The link check with every page's scan, set by the check stage. */
    LinkCheck check;
    final int files;
    private SiteIndex index;
    /** Pages whose bodies quick rebuilds changed since {@link #index} was made, by id. */
    private final Map<String, Page> edited = new HashMap<>();
    List<Diagnostic> diagnostics;
    /** The search index, to update, and the paths of its files. */
    SearchUpdater search;
    Set<String> searchFiles;
    /** By page id. */
    final Map<String, PageContent> contents = new HashMap<>();
    final Map<String, Set<String>> bodyTargets = new HashMap<>();
    final Map<String, PageRenderer.Rendered> rendered = new HashMap<>();
    /** By output path: the link check's scan of each HTML page. */
    final Map<String, LinkCheck.PageScan> scans = new HashMap<>();
    /** The id of the page of each source file ({@code content/guides/fastapi.md}). */
    final Map<String, String> pageOfFile = new HashMap<>();

    /** The page with this id as the site has it now. */
    Page page(String id) {
        Page page = edited.get(id);
        return page != null ? page : index.pages().get(id);
    }

    /** Takes pages with new bodies into the site. */
    void edit(Map<String, Page> pages) {
        edited.putAll(pages);
    }

    /** The assembled site as it is now. Made again after edits, which copies every page: only when needed. */
    SiteIndex index() {
        if (!edited.isEmpty()) {
            index = index.withPages(edited);
            edited.clear();
        }
        return index;
    }

    /** The site as the last full build assembled it: the same settings, shape and number of pages as now. */
    SiteIndex shape() {
        return index;
    }

    LastBuild(BuildOptions options, SiteIndex index, PageRenderer renderer, int files) {
        this.options = options;
        this.index = index;
        this.renderer = renderer;
        this.files = files;
        for (Page page : index.pages().values()) {
            if (page.hasSource()) {
                pageOfFile.put(page.file(), page.id());
            }
        }
    }
}
