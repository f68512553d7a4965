package dev.hireguide.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code id}, {@code href} and {@code src} attributes of a rendered page without
 * parsing it, in one pass: text is skipped to the next {@code <}; comments to their end; the
 * bodies of {@code script} and {@code style} elements to their end tag; and inside a tag, an
 * {@code id=}, {@code href=} or {@code src=} after a space is an attribute. Values may be quoted
 * with {@code "} or {@code '}, or unquoted.
 *
 * <p>This relies on what the generator writes: attribute names in lower case, and no raw
 * {@code <} or {@code >} in text or in attribute values, which Pebble and Flexmark escape.
 */
final class HtmlScanner {

    /** One attribute value, entities not yet decoded. */
    record Attribute(String name, String value) {
    }

    /** What one page holds: its element ids, and its links and images (links first). */
    record Scan(List<String> ids, List<Attribute> urls) {
    }

    private HtmlScanner() {
    }

    static Scan scan(String html) {
        List<String> ids = new ArrayList<>();
        List<Attribute> hrefs = new ArrayList<>();
        List<Attribute> srcs = new ArrayList<>();
        int n = html.length();
        int at = html.indexOf('<');
        while (at >= 0) {
            if (html.startsWith("<!--", at)) {
                // Searched from the "-" of "<!--", so that "<!-->" and "<!--->" end where they start, as in a browser.
                int end = html.indexOf("-->", at + 2);
                at = end < 0 ? -1 : html.indexOf('<', end + 3);
                continue;
            }
            String rawTextEnd = html.startsWith("<script", at) ? "</script" : html.startsWith("<style", at) ? "</style" : null;
            // Inside the tag, to its '>'.
            int i = at + 1;
            for (char c; i < n && (c = html.charAt(i)) != '>'; i++) {
                if (!isSpace(c)) {
                    continue;
                }
                int name = i + 1;
                if (html.startsWith("id=", name)) {
                    ids.add(Entities.decode(value(html, name + 3)));
                } else if (html.startsWith("href=", name)) {
                    hrefs.add(new Attribute("href", value(html, name + 5)));
                } else if (html.startsWith("src=", name)) {
                    srcs.add(new Attribute("src", value(html, name + 4)));
                }
            }
            if (i >= n) {
                break;
            }
            if (rawTextEnd != null) {
                // The end tag is read next, as a tag.
                at = html.indexOf(rawTextEnd, i + 1);
                continue;
            }
            at = html.indexOf('<', i + 1);
        }
        List<Attribute> urls = new ArrayList<>(hrefs.size() + srcs.size());
        urls.addAll(hrefs);
        urls.addAll(srcs);
        return new Scan(ids, urls);
    }

    private static String value(String html, int start) {
        int n = html.length();
        if (start < n && (html.charAt(start) == '"' || html.charAt(start) == '\'')) {
            int end = html.indexOf(html.charAt(start), start + 1);
            return html.substring(start + 1, end < 0 ? n : end);
        }
        int end = start;
        while (end < n && !isSpace(html.charAt(end)) && html.charAt(end) != '>') {
            end++;
        }
        return html.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }
}
