package dev.hireguide.template;

/** A page as a list shows it: title, URL, description and date ({@code YYYY-MM-DD} or empty). */
public record PageSummary(String title, String url, String description, String date) {
}
