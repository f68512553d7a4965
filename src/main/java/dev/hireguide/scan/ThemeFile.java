package dev.hireguide.scan;

/**
 * A file of a theme's {@code static/} folder, copied to the same path in the site.
 *
 * @param path  path under {@code static/}, with forward slashes ({@code css/site.css})
 * @param bytes its content
 */
public record ThemeFile(String path, byte[] bytes) {
}
