package dev.hireguide.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the {@code id}, {@code href} and {@code src} attributes of every tag in an HTML page,
 * without building a tree: it jumps from {@code <} to {@code <}, reads each start tag's
 * attributes (quoted with {@code "} or {@code '}, or unquoted), and skips comments and the
 * contents of {@code script} and {@code style}. Text never holds a raw {@code <}, since the
 * generator escapes it, so this sees exactly the tags a browser does.
 */
final class HtmlScanner {

    /** One attribute value, entities not yet decoded. */
    record Attribute(String name, String value) {
    }

    /** What one page holds: its element ids in order, and its links and images. */
    record Scan(List<String> ids, List<Attribute> urls) {
    }

    private final String html;
    private final List<String> ids = new ArrayList<>();
    private final List<Attribute> urls = new ArrayList<>();
    private int pos;

    private HtmlScanner(String html) {
        this.html = html;
    }

    static Scan scan(String html) {
        HtmlScanner scanner = new HtmlScanner(html);
        scanner.run();
        return new Scan(List.copyOf(scanner.ids), List.copyOf(scanner.urls));
    }

    private void run() {
        int n = html.length();
        while ((pos = html.indexOf('<', pos)) >= 0 && pos + 1 < n) {
            char next = html.charAt(pos + 1);
            if (html.startsWith("<!--", pos)) {
                int end = html.indexOf("-->", pos + 4);
                pos = end < 0 ? n : end + 3;
            } else if (next == '!' || next == '?' || next == '/') {
                int end = html.indexOf('>', pos);
                pos = end < 0 ? n : end + 1;
            } else if (isLetter(next)) {
                String name = startTag();
                if (name.equals("script") || name.equals("style")) {
                    int end = indexOfIgnoreCase("</" + name, pos);
                    pos = end < 0 ? n : end;
                }
            } else {
                pos++;
            }
        }
    }

    /** Reads a start tag from {@code <} to {@code >}, recording its attributes; returns its lower-cased name. */
    private String startTag() {
        int n = html.length();
        int start = ++pos;
        while (pos < n && !isSpace(html.charAt(pos)) && html.charAt(pos) != '>' && html.charAt(pos) != '/') {
            pos++;
        }
        String name = html.substring(start, pos).toLowerCase(Locale.ROOT);
        while (pos < n) {
            char c = html.charAt(pos);
            if (c == '>') {
                pos++;
                return name;
            }
            if (isSpace(c) || c == '/') {
                pos++;
                continue;
            }
            int nameStart = pos;
            while (pos < n && !isSpace(html.charAt(pos)) && "=>/".indexOf(html.charAt(pos)) < 0) {
                pos++;
            }
            String attribute = html.substring(nameStart, pos).toLowerCase(Locale.ROOT);
            while (pos < n && isSpace(html.charAt(pos))) {
                pos++;
            }
            if (pos < n && html.charAt(pos) == '=') {
                pos++;
                while (pos < n && isSpace(html.charAt(pos))) {
                    pos++;
                }
                record(attribute, value());
            }
        }
        return name;
    }

    private String value() {
        int n = html.length();
        if (pos < n && (html.charAt(pos) == '"' || html.charAt(pos) == '\'')) {
            char quote = html.charAt(pos);
            int end = html.indexOf(quote, pos + 1);
            end = end < 0 ? n : end;
            String value = html.substring(pos + 1, end);
            pos = Math.min(n, end + 1);
            return value;
        }
        int start = pos;
        while (pos < n && !isSpace(html.charAt(pos)) && html.charAt(pos) != '>') {
            pos++;
        }
        return html.substring(start, pos);
    }

    private void record(String attribute, String value) {
        switch (attribute) {
            case "id" -> ids.add(Entities.decode(value));
            case "href", "src" -> urls.add(new Attribute(attribute, value));
            default -> {
            }
        }
    }

    private int indexOfIgnoreCase(String what, int from) {
        for (int i = html.indexOf('<', from); i >= 0; i = html.indexOf('<', i + 1)) {
            if (html.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }
}
