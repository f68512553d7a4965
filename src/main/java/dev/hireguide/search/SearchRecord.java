package dev.hireguide.search;

import java.util.List;

/**
 * One thing a reader can land on: a page, a question of a question guide, or a heading section
 * of a long page. Text is plain (no Markdown, no HTML): escaping is the writer's job.
 *
 * @param id         stable and unique: the page id, then {@code #} and the anchor for parts of a page
 * @param type       the type facet: {@code guide}, {@code question}, {@code role}, {@code comparison},
 *                   {@code framework}, {@code term} or {@code page}
 * @param title      what the result is called: the page title, the question, the heading
 * @param anchor     the part's anchor on its page, or empty for a whole page
 * @param path       the page's URL path under the base URL ({@code questions/fastapi/}, {@code ""} for home)
 * @param hierarchy  where it sits, from the page down: {@code [FastAPI interview questions, Core concepts]};
 *                   empty for a whole page
 * @param keywords   words that name it besides its title (aliases, a framework's name), matched like the title
 * @param content    the text to search and to take snippets from
 * @param levels     the level facet: level keys ({@code junior}, {@code mid}, {@code senior}, {@code lead})
 * @param frameworks the framework facet: the names of the frameworks it is about
 * @param category   the category facet (a question's category), or empty
 */
public record SearchRecord(String id, String type, String title, String anchor, String path, List<String> hierarchy,
                           List<String> keywords, String content, List<String> levels, List<String> frameworks,
                           String category) {

    public SearchRecord {
        hierarchy = List.copyOf(hierarchy);
        keywords = List.copyOf(keywords);
        levels = List.copyOf(levels);
        frameworks = List.copyOf(frameworks);
    }

    /** The URL path with the anchor: {@code questions/fastapi/#dependency-injection}. */
    public String url() {
        return anchor.isEmpty() ? path : path + "#" + anchor;
    }
}
