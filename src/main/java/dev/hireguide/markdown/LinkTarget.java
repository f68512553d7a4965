package dev.hireguide.markdown;

/**
 * Where a link written in Markdown leads: a page or file of the site, or why it leads nowhere.
 *
 * @param id      the page's id, or empty for a file that is not a page (or when not found)
 * @param path    the site path, starting with {@code /}, without the base path: {@code /guides/fastapi/}
 * @param title   the page's title, the default text of a wiki link
 * @param problem empty when found; else what is wrong, for an error at the link
 * @param hint    what to do about the problem
 */
public record LinkTarget(String id, String path, String title, String problem, String hint) {

    public static LinkTarget found(String id, String path, String title) {
        return new LinkTarget(id, path, title, "", "");
    }

    public static LinkTarget failed(String problem, String hint) {
        return new LinkTarget("", "", "", problem, hint);
    }

    public boolean isFound() {
        return problem.isEmpty();
    }
}
