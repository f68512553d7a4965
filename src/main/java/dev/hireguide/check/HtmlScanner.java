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

    /** Each thread's copy of the page being scanned. */
    private static final ThreadLocal<char[][]> BUFFER = ThreadLocal.withInitial(() -> new char[][] {new char[1 << 16]});

    private HtmlScanner() {
    }

    static Scan scan(String html) {
        List<String> ids = new ArrayList<>();
        List<Attribute> hrefs = new ArrayList<>();
        List<Attribute> srcs = new ArrayList<>();
        int n = html.length();
        // Inside tags the page is read from an array: every character of a tag is looked at, and
        // the quick JIT tier leaves String's per-character checks in.
        char[][] buffer = BUFFER.get();
        if (buffer[0].length < n) {
            buffer[0] = new char[Math.max(n, buffer[0].length * 2)];
        }
        char[] text = buffer[0];
        html.getChars(0, n, text, 0);
        int at = html.indexOf('<');
        while (at >= 0) {
            if (startsWith(text, n, at, "<!--")) {
                // Searched from the "-" of "<!--", so that "<!-->" and "<!--->" end where they start, as in a browser.
                int end = html.indexOf("-->", at + 2);
                at = end < 0 ? -1 : html.indexOf('<', end + 3);
                continue;
            }
            String rawTextEnd = startsWith(text, n, at, "<script") ? "</script"
                    : startsWith(text, n, at, "<style") ? "</style" : null;
            // Inside the tag, to its '>'.
            int i = at + 1;
            for (char c; i < n && (c = text[i]) != '>'; i++) {
                if (c > ' ' || !isSpace(c) || i + 1 >= n) {
                    continue;
                }
                int name = i + 1;
                char first = text[name];
                if (first == 'i' && startsWith(text, n, name, "id=")) {
                    ids.add(Entities.decode(value(html, name + 3)));
                } else if (first == 'h' && startsWith(text, n, name, "href=")) {
                    hrefs.add(new Attribute("href", value(html, name + 5)));
                } else if (first == 's' && startsWith(text, n, name, "src=")) {
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

    /** Whether the first {@code length} characters of {@code text} hold {@code prefix} at {@code at}. */
    private static boolean startsWith(char[] text, int length, int at, String prefix) {
        if (at + prefix.length() > length) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (text[at + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
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
