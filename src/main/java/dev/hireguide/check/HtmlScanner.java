package dev.hireguide.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code id}, {@code href} and {@code src} attributes of a rendered page without
 * parsing it: it searches the page for {@code id=}, {@code href=} and {@code src=} (a vectorised
 * string search, several hundred MB a second), and keeps a hit when a space comes before it, it
 * lies inside a tag (the last {@code <} before it comes after the last {@code >}), and it is not
 * in a comment or in the body of a {@code script} or {@code style} element. Values may be quoted
 * with {@code "} or {@code '}, or unquoted.
 *
 * <p>This relies on what the generator writes: attribute names in lower case, and no raw
 * {@code <} or {@code >} in text or in attribute values, which Pebble and Flexmark escape.
 */
final class HtmlScanner {

    /** One attribute value, entities not yet decoded. */
    record Attribute(String name, String value) {
    }

    /** What one page holds: its element ids, and its links and images. */
    record Scan(List<String> ids, List<Attribute> urls) {
    }

    private static final String[] NAMES = {"id", "href", "src"};

    private HtmlScanner() {
    }

    static Scan scan(String html) {
        int[] skipped = skippedRanges(html);
        List<String> ids = new ArrayList<>();
        List<Attribute> urls = new ArrayList<>();
        for (String name : NAMES) {
            String pattern = name + "=";
            int range = 0;
            for (int at = html.indexOf(pattern); at >= 0; at = html.indexOf(pattern, at + pattern.length())) {
                if (at == 0 || !isSpace(html.charAt(at - 1))) {
                    continue;
                }
                int open = html.lastIndexOf('<', at);
                if (open < 0 || html.lastIndexOf('>', at) > open) {
                    continue;  // in text, not in a tag
                }
                while (range < skipped.length && skipped[range + 1] <= at) {
                    range += 2;
                }
                if (range < skipped.length && skipped[range] <= at) {
                    continue;
                }
                String value = value(html, at + pattern.length());
                if (name.equals("id")) {
                    ids.add(Entities.decode(value));
                } else {
                    urls.add(new Attribute(name, value));
                }
            }
        }
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

    /** Start and end offsets, in order, of comments and of the bodies of script and style elements. */
    private static int[] skippedRanges(String html) {
        List<int[]> ranges = new ArrayList<>();
        addRanges(html, "<!--", "-->", false, ranges);
        addRanges(html, "<script", "</script", true, ranges);
        addRanges(html, "<style", "</style", true, ranges);
        ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
        int[] flat = new int[ranges.size() * 2];
        for (int i = 0; i < ranges.size(); i++) {
            flat[2 * i] = ranges.get(i)[0];
            flat[2 * i + 1] = ranges.get(i)[1];
        }
        return flat;
    }

    /** Ranges from {@code open} to {@code close}; with {@code bodyOnly}, from the end of the start tag. */
    private static void addRanges(String html, String open, String close, boolean bodyOnly, List<int[]> ranges) {
        for (int at = html.indexOf(open); at >= 0; at = html.indexOf(open, at + 1)) {
            int start = bodyOnly ? html.indexOf('>', at) + 1 : at;
            if (start <= 0) {
                return;
            }
            int end = html.indexOf(close, start);
            end = end < 0 ? html.length() : end;
            ranges.add(new int[] {start, end});
            at = end;
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }
}
