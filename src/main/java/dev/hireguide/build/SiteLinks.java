package dev.hireguide.build;

import dev.hireguide.assemble.Page;
import dev.hireguide.assemble.ReferenceResolver;
import dev.hireguide.assemble.SiteIndex;
import dev.hireguide.check.UrlText;
import dev.hireguide.content.TermData;
import dev.hireguide.content.UrlAliases;
import dev.hireguide.diag.Suggestions;
import dev.hireguide.markdown.Glossary;
import dev.hireguide.markdown.GlossaryTerm;
import dev.hireguide.markdown.LinkTarget;
import dev.hireguide.markdown.PageLinks;
import dev.hireguide.scan.SourceFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The site's side of the links in Markdown: what a wiki link, a relative link to a source file
 * or a site path leads to, and the glossary. Wiki links resolve through the same
 * {@link ReferenceResolver} as front matter references, so both follow one set of rules. Made
 * once per build; {@link #body} and {@link #fields} give each page its {@link PageLinks}.
 */
final class SiteLinks {

    private final SiteIndex index;
    private final Glossary glossary;
    private final Map<String, String> pageByPath = new HashMap<>();
    private final Set<String> assets = new HashSet<>();
    private final List<String> pageFiles = new ArrayList<>();

    SiteLinks(SiteIndex index) {
        this.index = index;
        List<GlossaryTerm> terms = new ArrayList<>();
        for (Page page : index.pages().values()) {
            pageByPath.put(page.path(), page.id());
            if (page.hasSource()) {
                pageFiles.add(page.file());
            }
            if (page.data() instanceof TermData term) {
                List<String> names = new ArrayList<>();
                names.add(term.term() != null ? term.term() : page.title());
                names.addAll(UrlAliases.names(term.aliases()));
                terms.add(new GlossaryTerm(page.id(), "/" + page.path(), term.shortText(), names));
            }
        }
        for (SourceFile asset : index.assets()) {
            assets.add(asset.relPath());
        }
        this.glossary = Glossary.of(terms);
    }

    /** The links of a page's body: with the glossary, unless the page turns it off or is a term itself. */
    PageLinks body(Page page) {
        return new ForPage(page, page.meta().linksGlossary() ? glossary.without(page.id()) : Glossary.NONE);
    }

    /** The links of Markdown in a page's front matter fields, which get no glossary links. */
    PageLinks fields(Page page) {
        return new ForPage(page, Glossary.NONE);
    }

    /** The id of the page a rendered URL (with the base path, or relative to {@code from}) leads to. */
    Optional<String> target(String url, Page from) {
        String basePath = index.config().basePath();
        if (hasScheme(url)) {
            String baseUrl = index.config().baseUrl();
            return url.startsWith(baseUrl) ? pageAt(url.substring(baseUrl.length())) : Optional.empty();
        }
        if (url.startsWith("//") || url.startsWith("#")) {
            return Optional.empty();
        }
        if (url.startsWith("/")) {
            return url.startsWith(basePath) ? pageAt(url.substring(basePath.length())) : Optional.empty();
        }
        return Optional.ofNullable(UrlText.normalize(from.path() + url)).flatMap(this::pageAt);
    }

    /** The page at a site path under the base path ({@code guides/fastapi/#salary}), if any. */
    private Optional<String> pageAt(String sitePath) {
        String path = UrlText.decode(withoutQueryOrFragment(sitePath));
        if (path.endsWith("index.html")) {
            path = path.substring(0, path.length() - "index.html".length());
        }
        String id = pageByPath.get(path);
        if (id == null && !path.isEmpty() && !path.endsWith("/")) {
            id = pageByPath.get(path + "/");
        }
        return Optional.ofNullable(id);
    }

    private final class ForPage implements PageLinks {

        private final Page page;
        private final Glossary terms;

        ForPage(Page page, Glossary terms) {
            this.page = page;
            this.terms = terms;
        }

        @Override
        public LinkTarget wiki(String reference) {
            ReferenceResolver.Resolution resolution = index.references().resolve(reference, null);
            if (resolution.id().isEmpty()) {
                return LinkTarget.failed(resolution.problem(), resolution.hint());
            }
            return found(resolution.id().get(), reference);
        }

        @Override
        public Optional<LinkTarget> file(String path) {
            if (!page.hasSource()) {
                return Optional.empty();
            }
            String relPath = page.file().substring("content/".length());
            String folder = relPath.contains("/") ? relPath.substring(0, relPath.lastIndexOf('/') + 1) : "";
            String resolved = UrlText.normalize(folder + path);
            boolean markdown = path.endsWith(".md");
            if (resolved == null) {
                return markdown ? Optional.of(LinkTarget.failed("link `" + path + "` leads outside content/",
                        "remove a `../`")) : Optional.empty();
            }
            if (!markdown) {
                return assets.contains(resolved) ? Optional.of(LinkTarget.found("", "/" + resolved, "")) : Optional.empty();
            }
            String id = resolved.equals("_index.md") ? "" : resolved.endsWith("/_index.md")
                    ? resolved.substring(0, resolved.length() - "/_index.md".length())
                    : resolved.substring(0, resolved.length() - ".md".length());
            if (index.pages().containsKey(id) || index.omitted().contains(id)) {
                return Optional.of(found(id, path));
            }
            String hint = Suggestions.closest("content/" + resolved, pageFiles).map(f -> "did you mean " + f + "?")
                    .orElse("the path is read from this file's folder, like `../roles/backend.md`");
            return Optional.of(LinkTarget.failed("link to `" + path + "`: there is no page content/" + resolved, hint));
        }

        @Override
        public Optional<String> pageOf(String url) {
            if (hasScheme(url) || url.startsWith("/") || url.startsWith("#")) {
                String sitePath = url.startsWith("/") && !url.startsWith("//")
                        ? index.config().basePath() + url.substring(1) : url;
                return SiteLinks.this.target(sitePath, page);
            }
            String path = UrlText.decode(withoutQueryOrFragment(url));
            if (path.endsWith(".md")) {
                return file(path).filter(LinkTarget::isFound).map(LinkTarget::id);
            }
            return SiteLinks.this.target(url, page);
        }

        @Override
        public Glossary glossary() {
            return terms;
        }

        private LinkTarget found(String id, String written) {
            if (index.omitted().contains(id)) {
                // Dropping the link silently would break the page; the editor must decide.
                return LinkTarget.failed("this " + index.audience().key() + " page links to `" + written
                        + "`, which is internal", "mark this page `audience: internal`, or remove the link");
            }
            Page target = index.pages().get(id);
            return LinkTarget.found(id, "/" + target.path(), target.title());
        }
    }


    private static String withoutQueryOrFragment(String url) {
        int cut = UrlText.indexOfAny(url, "?#");
        return cut < 0 ? url : url.substring(0, cut);
    }

    private static boolean hasScheme(String url) {
        int colon = url.indexOf(':');
        int other = UrlText.indexOfAny(url, "/?#");
        return colon > 0 && (other < 0 || colon < other);
    }
}
