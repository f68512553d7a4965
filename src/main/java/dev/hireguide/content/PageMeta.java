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
 */
public record PageMeta(String title, String description, LocalDate date, LocalDate updated, Boolean draft,
                       List<String> tags, Integer weight, String slug, String layout, String type,
                       List<String> related, Audience audience) {

    public PageMeta {
        description = description == null ? "" : description.strip();
        tags = tags == null ? List.of() : List.copyOf(tags);
        related = related == null ? List.of() : List.copyOf(related);
        draft = draft != null && draft;
    }

    public boolean isDraft() {
        return draft;
    }
}
