package dev.hireguide.template;

/** A link as templates see it: {@code {{ link.title }}}, {@code {{ link.url }}} (URL includes the base path). */
public record LinkView(String title, String url) {
}
