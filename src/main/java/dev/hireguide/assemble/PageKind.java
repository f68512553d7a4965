package dev.hireguide.assemble;

/** What a page is in the site's structure; it picks the page's default template. */
public enum PageKind {
    HOME, SECTION, PAGE;

    /** The default template name for this kind: {@code home.peb}, {@code section.peb}, {@code page.peb}. */
    public String template() {
        return name().toLowerCase(java.util.Locale.ROOT) + ".peb";
    }

    /** The kind as templates see it: {@code home}, {@code section}, {@code page}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
