package dev.hireguide.assemble;

import java.util.List;

/**
 * A way of grouping pages by free-form words: tags ({@code /tags/}) or skills ({@code /skills/}).
 *
 * @param key   {@code tags} or {@code skills}: the folder of its pages and the name templates see
 * @param title {@code Tags} or {@code Skills}
 * @param terms every tag (or skill) used, A to Z
 */
public record Taxonomy(String key, String title, List<Term> terms) {

    public Taxonomy {
        terms = List.copyOf(terms);
    }

    /** The index page's path under the base path: {@code tags/}. */
    public String path() {
        return key + "/";
    }

    /** The index page's id, as diagnostics and templates see it. */
    public String id() {
        return key;
    }

    /**
     * One tag and the pages that have it.
     *
     * @param name    as shown: the spelling most pages use (tags are compared ignoring case)
     * @param slug    the last part of its URL, from the lower-cased name
     * @param path    its page's path under the base path: {@code tags/async/}
     * @param pageIds the pages with the tag, by title
     */
    public record Term(String name, String slug, String path, List<String> pageIds) {
        public Term {
            pageIds = List.copyOf(pageIds);
        }
    }
}
