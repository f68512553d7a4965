package dev.hireguide.content;

import java.time.LocalDate;
import java.util.List;

/**
 * The generic front matter fields every page may have.
 *
 * @param title       the page title (required)
 * @param description one or two sentences shown under the title and in lists and search results
 * @param date        when the page was first published
 * @param updated     when the page last changed in substance
 * @param draft       drafts are left out of a build unless it asks for them
 * @param tags        free-form topics
 * @param weight      orders pages in lists: lower first; pages without one come after
 * @param slug        the last part of the page's URL, instead of its file name
 * @param layout      the template that renders the page, instead of its default
 * @param type        the content type, instead of the one its folder implies
 * @param related     references to related pages
 * @param audience    who may read the page; null means the site's {@code page_audience}
 * @param aliases      the page's old URLs as site paths ({@code /guides/old-name/}); each gets a redirect page.
 *                     Term and framework pages use {@code aliases:} for other names, so this is empty for them
 *                     (see {@link UrlAliases})
 * @param glossaryLinks whether the first mention of each glossary term in the body links to it (default true)
 */
public record PageMeta(String title, String description, LocalDate date, LocalDate updated, Boolean draft,
                       List<String> tags, Integer weight, String slug, String layout, String type,
                       List<String> related, Audience audience, List<String> aliases, Boolean glossaryLinks) {

    public PageMeta {
        description = description == null ? "" : description.strip();
        tags = tags == null ? List.of() : List.copyOf(tags);
        related = related == null ? List.of() : List.copyOf(related);
        draft = draft != null && draft;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        glossaryLinks = glossaryLinks == null || glossaryLinks;
    }

    public boolean isDraft() {
        return draft;
    }

    /** Whether glossary terms are linked on this page ({@code glossary_links:}, default true). */
    public boolean linksGlossary() {
        return glossaryLinks;
    }
}
