package dev.hireguide.serve;

import dev.hireguide.diag.Diagnostic;
import dev.hireguide.diag.DiagnosticFormatter;
import dev.hireguide.markdown.HtmlText;

import java.util.List;

/**
 * The serve-only change to HTML responses: a script tag that loads the live-reload script, and,
 * while the last build failed, the error overlay. Added when a page is served, never written
 * to the built site. Every message is HTML-escaped: diagnostics quote content, and content
 * must not become markup.
 */
final class LivePage {

    private LivePage() {
    }

    /** {@code html} with the script (and the overlay when {@code errors} is not empty) before {@code </body>}. */
    static String inject(String html, String buildTag, List<Diagnostic> errors) {
        String addition = (errors.isEmpty() ? "" : overlay(errors))
                + "<script src=\"" + LiveReload.SCRIPT_PATH + "\" data-build=\"" + escape(buildTag) + "\"></script>\n";
        int at = lastBodyEnd(html);
        return at < 0 ? html + addition : html.substring(0, at) + addition + html.substring(at);
    }

    /** Where the last {@code </body>} is, in any letter case; -1 when there is none. */
    private static int lastBodyEnd(String html) {
        for (int i = html.length() - "</body>".length(); i >= 0; i--) {
            if (html.regionMatches(true, i, "</body>", 0, "</body>".length())) {
                return i;
            }
        }
        return -1;
    }

    /** The overlay as the page first shows it; the script redraws it from the event stream. */
    static String overlay(List<Diagnostic> errors) {
        StringBuilder out = new StringBuilder();
        out.append("<div id=\"hireguide-errors\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;")
                .append("overflow:auto;margin:0;padding:2rem;background:rgba(24,24,27,.94);color:#fafafa;")
                .append("font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace\">")
                .append("<p style=\"margin:0 0 1rem;font-weight:bold;color:#fca5a5\">Build failed: ")
                .append(escape(DiagnosticFormatter.summary(errors)))
                .append(". This page is the last good build; save a fix and it reloads.</p>\n");
        for (Diagnostic d : errors) {
            out.append("<pre style=\"white-space:pre-wrap;margin:0 0 1rem\">")
                    .append(escape(DiagnosticFormatter.text(d))).append("</pre>\n");
        }
        return out.append("</div>\n").toString();
    }

    /** A page for when there is no built page to show: before the first good build, or no 404.html. */
    static String placeholder(String title, String text) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title></head>\n<body><h1>" + escape(title) + "</h1>\n<p>" + escape(text) + "</p>\n</body></html>\n";
    }

    static String escape(String text) {
        return HtmlText.escape(text);
    }
}
