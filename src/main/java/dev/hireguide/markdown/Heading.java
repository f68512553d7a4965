package dev.hireguide.markdown;

/**
 * A heading of a rendered page, for tables of contents and anchor checks.
 *
 * @param level 1 to 6
 * @param id    the {@code id} attribute it was rendered with, unique within the page
 * @param text  its text as plain text (no HTML, entities decoded)
 */
public record Heading(int level, String id, String text) {
}
