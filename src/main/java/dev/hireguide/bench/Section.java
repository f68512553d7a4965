package dev.hireguide.bench;

import dev.hireguide.content.ContentType;

/**
 * The sections of a synthetic site, with their share of its pages. The mix is that of a large
 * company's hiring site: many interview question guides and glossary terms, a guide per role
 * and market, fewer roles, comparisons and framework hubs, and a small handbook of plain pages.
 */
enum Section {
    QUESTIONS("questions", ContentType.QUESTIONS, "Interview questions", 33, 1),
    GLOSSARY("glossary", ContentType.TERM, "Glossary", 25, 1),
    GUIDES("guides", ContentType.GUIDE, "Hiring guides", 20, 1),
    ROLES("roles", ContentType.ROLE, "Roles", 8, 1),
    COMPARISONS("comparisons", ContentType.COMPARISON, "Comparisons", 7, 1),
    // A comparison needs two frameworks and a question guide's topics cycle over them: keep a few.
    FRAMEWORKS("frameworks", ContentType.FRAMEWORK, "Frameworks", 5, 4),
    HANDBOOK("handbook", ContentType.PAGE, "Hiring handbook", 2, 1);

    private final String folder;
    private final ContentType type;
    private final String title;
    private final int percent;
    private final int minimum;

    Section(String folder, ContentType type, String title, int percent, int minimum) {
        this.folder = folder;
        this.type = type;
        this.title = title;
        this.percent = percent;
        this.minimum = minimum;
    }

    String folder() {
        return folder;
    }

    ContentType type() {
        return type;
    }

    String title() {
        return title;
    }

    /** The share of the site's pages in this section, in percent; the shares add up to 100. */
    int percent() {
        return percent;
    }

    /** The fewest pages the section has, so that every reference has a target. */
    int minimum() {
        return minimum;
    }
}
