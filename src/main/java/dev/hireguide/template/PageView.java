package dev.hireguide.template;

import dev.hireguide.markdown.Heading;

import java.util.List;

/**
 * A page as templates see it ({@code page.*}).
 *
 * @param kind        {@code home}, {@code section}, {@code page}, {@code taxonomy} (one tag or skill),
 *                    {@code taxonomy-index} (all tags or skills) or {@code 404}
 * @param url         path with the base path, e.g. {@code /hiring/guides/fastapi/}
 * @param permalink   absolute URL
 * @param date        {@code YYYY-MM-DD} or empty
 * @param updated     {@code YYYY-MM-DD} or empty
 * @param content     the body as HTML, already made safe by the Markdown stage
 * @param toc         the h2 and h3 headings, for a table of contents
 * @param breadcrumbs links from the home page down to, not including, this page
 * @param children    what a home or section page lists
 * @param section     the section the page belongs to, or null on the home and 404 pages
 * @param type        the content type: {@code page}, {@code guide}, {@code comparison}, {@code questions},
 *                    {@code role}, {@code framework} or {@code term}
 * @param data        the type's own view ({@link GuideView}, {@link ComparisonView}, …), the
 *                    {@link GlossaryView} on the glossary section, a {@link TaxonomyView} on tag and
 *                    skill pages, or null
 * @param internal    the page is for internal readers only (only ever true in an internal build)
 * @param related     the pages its {@code related:} field names, then a few that share its frameworks, skills and tags
 * @param backlinks   the pages that link to this one, by front matter reference or by a link in their Markdown
 * @param tagLinks    its tags, each linking to the tag's page ({@code title} is the tag as the page writes it)
 * @param skillLinks  its skills (guides and roles), each linking to the skill's page
 */
public record PageView(String kind, String id, String title, String description, String url, String permalink,
                       String date, String updated, List<String> tags, String content, List<Heading> toc,
                       List<LinkView> breadcrumbs, List<PageSummary> children, LinkView section, String type,
                       Object data, boolean internal, List<LinkView> related, List<LinkView> backlinks,
                       List<LinkView> tagLinks, List<LinkView> skillLinks) {

    public PageView {
        tags = List.copyOf(tags);
        toc = List.copyOf(toc);
        breadcrumbs = List.copyOf(breadcrumbs);
        children = List.copyOf(children);
        related = List.copyOf(related);
        backlinks = List.copyOf(backlinks);
        tagLinks = List.copyOf(tagLinks);
        skillLinks = List.copyOf(skillLinks);
    }
}
