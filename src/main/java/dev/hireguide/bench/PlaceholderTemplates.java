package dev.hireguide.bench;

import dev.hireguide.content.ContentType;
import dev.hireguide.template.ThemeLoader;

import java.util.Arrays;
import java.util.List;

/**
 * Templates for the content types the built-in theme does not have yet. While the theme lacks
 * them, a build of typed pages fails; with these, such pages render as plain pages. They are
 * written only for templates the built-in theme lacks, so the corpus measures the real templates
 * as soon as the theme has them.
 */
final class PlaceholderTemplates {

    /** Where a site's own templates go, which override the built-in theme's file by file. */
    static final String FOLDER = "themes/default/templates/";

    private PlaceholderTemplates() {
    }

    /** The type templates, such as {@code guide.peb}, that the built-in theme lacks. */
    static List<String> missing() {
        ThemeLoader bundled = new ThemeLoader(null, "the built-in theme");
        return Arrays.stream(ContentType.values()).map(ContentType::template)
                .filter(name -> !bundled.resourceExists(name)).toList();
    }

    static String text(String template) {
        return "{# Written by `hireguide bench-corpus` because the built-in theme has no " + template
                + " yet: renders the page as a plain page. #}\n{% extends \"page.peb\" %}\n";
    }
}
