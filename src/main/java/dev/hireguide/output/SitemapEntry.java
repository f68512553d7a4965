package dev.hireguide.output;

/** One URL of the sitemap, with its last change as {@code YYYY-MM-DD} or empty when unknown. */
public record SitemapEntry(String location, String lastModified) {
}
