package dev.hireguide.template;

import java.util.List;

/**
 * Tags or skills as templates see them ({@code page.data} on {@code /tags/…} and {@code /skills/…} pages).
 *
 * @param key   {@code tags} or {@code skills}
 * @param title {@code Tags} or {@code Skills}
 * @param label {@code Tag} or {@code Skill}: what one of them is called
 * @param term  on one tag's page, the tag; empty on the index page
 * @param terms on the index page, every tag A to Z; empty on one tag's page
 */
public record TaxonomyView(String key, String title, String label, String term, List<TermLink> terms) {

    public TaxonomyView {
        terms = List.copyOf(terms);
    }

    /** One tag of the index: its name, its page and how many pages have it. */
    public record TermLink(String name, String url, int count) {
    }
}
