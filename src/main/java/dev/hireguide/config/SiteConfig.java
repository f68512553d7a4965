package dev.hireguide.config;

import dev.hireguide.content.Audience;

/**
 * The site's settings, validated.
 *
 * @param title       the site's name, shown in the header and page titles
 * @param description one sentence about the site, or empty
 * @param baseUrl     absolute URL the site is published at, always ending in {@code /}
 * @param language    the language tag of the content, such as {@code en}
 * @param theme       the theme's folder name under themes/
 * @param staleAfterMonths market data older than this many months is flagged as possibly out of date
 * @param audience     who the built site is for when the build does not say: public or internal
 * @param pageAudience the audience of pages and fields that do not set one
 */
public record SiteConfig(String title, String description, String baseUrl, String language, String theme,
                         int staleAfterMonths, Audience audience, Audience pageAudience) {

    /** The path part of {@link #baseUrl()}: {@code /} or {@code /hiring/}. */
    public String basePath() {
        return BaseUrl.pathOf(baseUrl);
    }

    /** This configuration with another base URL (the build's {@code --base-url} wins over site.yaml). */
    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, url, language, theme, staleAfterMonths, audience, pageAudience);
    }
}
