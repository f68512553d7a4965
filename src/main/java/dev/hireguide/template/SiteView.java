package dev.hireguide.template;

import java.util.List;

/**
 * The site as templates see it ({@code site.*}).
 *
 * @param sections the top-level sections, in navigation order
 */
public record SiteView(String title, String description, String language, String baseUrl, String basePath,
                       List<LinkView> sections) {

    public SiteView {
        sections = List.copyOf(sections);
    }
}
