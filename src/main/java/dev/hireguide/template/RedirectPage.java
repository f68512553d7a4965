package dev.hireguide.template;

import org.jsoup.nodes.Entities;

/**
 * The page written at an old URL of a page ({@code aliases:}): it sends the reader on at once
 * (meta refresh), tells search engines where the page is now (canonical link, noindex), and
 * shows a plain link for browsers that do not follow the refresh.
 */
public final class RedirectPage {

    private RedirectPage() {
    }

    /**
     * @param language  the site's language, for {@code lang}
     * @param title     the page's title
     * @param url       the page's URL with the base path (made relative with the site's other links)
     * @param permalink the page's absolute URL
     * @param relative  the page's URL relative to the redirect, for the refresh
     */
    public static String html(String language, String title, String url, String permalink, String relative) {
        return "<!DOCTYPE html>\n"
                + "<html lang=\"" + attr(language) + "\">\n"
                + "<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<title>Moved: " + text(title) + "</title>\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<link rel=\"canonical\" href=\"" + attr(permalink) + "\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + attr(relative) + "\">\n"
                + "</head>\n"
                + "<body>\n"
                + "<p>This page has moved to <a href=\"" + attr(url) + "\">" + text(title) + "</a>.</p>\n"
                + "</body>\n"
                + "</html>\n";
    }

    private static String text(String s) {
        return Entities.escape(s);
    }

    private static String attr(String s) {
        return Entities.escape(s).replace("\"", "&quot;");
    }
}
