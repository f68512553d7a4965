package dev.hireguide.build;

import dev.hireguide.assemble.Page;
import dev.hireguide.assemble.SiteIndex;
import dev.hireguide.config.SiteConfig;
import dev.hireguide.content.Audience;
import dev.hireguide.scan.SourceFile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything about a site that one page's rendering may read about the others: the settings,
 * the navigation, who references whom, the pages this audience leaves out, and every page
 * without its Markdown body. A page's Markdown depends on its own page (body included) and on
 * this shape. Its templates also read which pages link to it, which comes from other pages'
 * bodies: the render cache keys on that separately. When two builds have the same shape,
 * templates and links to a page, a page that did not change renders to the same bytes.
 *
 * @param pages every page with its body, body line and parsed front matter left out
 */
record SiteShape(SiteConfig config, List<String> navSections, Map<String, List<String>> referencedBy,
                 LocalDate buildDate, Audience audience, List<String> assets, Map<String, Page> pages,
                 Set<String> omitted) {

    static SiteShape of(SiteIndex index) {
        Map<String, Page> pages = new TreeMap<>();
        index.pages().forEach((id, page) -> pages.put(id, withoutBody(page)));
        return new SiteShape(index.config(), index.navSections(), index.referencedBy(), index.buildDate(),
                index.audience(), index.assets().stream().map(SourceFile::relPath).toList(), pages, index.omitted());
    }

    /** The page as other pages see it. The front matter's positions only place this page's own diagnostics. */
    private static Page withoutBody(Page p) {
        return new Page(p.id(), p.kind(), p.type(), p.file(), p.meta(), p.data(), "", 0, p.path(), p.parentId(),
                p.childIds(), p.refs(), null, p.audience(), p.aliases());
    }
}
