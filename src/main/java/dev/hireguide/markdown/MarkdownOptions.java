package dev.hireguide.markdown;

/**
 * Site-wide settings for rendering Markdown.
 *
 * @param basePath the path the site is served under, such as {@code "/"} or {@code "/hiring/"};
 *                 root-relative links in content are prefixed with it
 */
public record MarkdownOptions(String basePath) {

    public MarkdownOptions {
        if (basePath == null || !basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw new IllegalArgumentException("basePath must start and end with '/', got " + basePath);
        }
    }
}
