package dev.hireguide.bench;

/**
 * One page of a synthetic site, before its text is written.
 *
 * @param number  the page's position in the whole site, which seeds its text
 * @param section the section it is in
 * @param ordinal its position within its section
 * @param slug   the file name without {@code .md}; unique in the whole site, so bare-slug
 *               references resolve
 * @param title  the page's title
 * @param name   what the page is about: a framework's or term's name, a role's title
 */
record PlannedPage(int number, Section section, int ordinal, String slug, String title, String name) {

    /** The page's id and path under content/ without {@code .md}: {@code guides/backend-python-engineer-germany}. */
    String id() {
        return section.folder() + "/" + slug;
    }

    /** The root-relative URL hireguide and Hugo both give the page. */
    String url() {
        return "/" + id() + "/";
    }

    /** A reference written as the type and slug, another form hireguide accepts. */
    String typeRef() {
        return section.type().key() + "/" + slug;
    }
}
