package dev.hireguide.markdown;

import java.util.Optional;

/**
 * What the links of one page resolve to. The build supplies one per page (backed by the site's
 * reference resolver); the Markdown stage asks it about wiki links, relative links to source
 * files and glossary terms, and never sees the site itself.
 */
public interface PageLinks {

    /** For Markdown rendered outside a site: every wiki link is unknown, no file exists, no glossary. */
    PageLinks NONE = new PageLinks() {
        @Override
        public LinkTarget wiki(String reference) {
            return LinkTarget.failed("unknown page `" + reference + "`", "wiki links work only in a site's pages");
        }

        @Override
        public Optional<LinkTarget> file(String path) {
            return Optional.empty();
        }

        @Override
        public Optional<String> pageOf(String url) {
            return Optional.empty();
        }

        @Override
        public Glossary glossary() {
            return Glossary.NONE;
        }
    };

    /** The page a wiki link names, as written between {@code [[} and {@code #} or {@code ]]}: {@code frameworks/fastapi}. */
    LinkTarget wiki(String reference);

    /**
     * The page or file a relative link names, read from the page's source file's folder
     * ({@code ../roles/backend.md}, percent-escapes decoded, without {@code #} or {@code ?}):
     * empty when no file under content/ has that path, a failed target for a {@code .md} file that
     * is no page of this build.
     */
    Optional<LinkTarget> file(String path);

    /** The id of the page a URL written in this page leads to, when it is a page of this site. */
    Optional<String> pageOf(String url);

    /** The glossary terms to link on this page; {@link Glossary#NONE} when the page turns them off. */
    Glossary glossary();
}
