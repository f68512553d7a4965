package dev.hireguide.config;

import dev.hireguide.content.Audience;

/** site.yaml as written, before defaults and validation. Keys are snake_case in YAML. */
record SiteConfigFile(String title, String description, String baseUrl, String language, String theme,
                      Integer staleAfterMonths, Audience audience, Audience pageAudience) {
}
