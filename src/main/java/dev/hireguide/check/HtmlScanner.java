package dev.hireguide.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Reads the {@code id}, {@code href} and {@code src} attributes of a rendered page without
 * parsing it, in one pass: text is skipped to the next {@code <}; comments to their end; the
 * bodies of {@code script} and {@code style} elements to their end tag; and inside a tag, an
 * {@code id=}, {@code href=} or {@code src=} after a space is an attribute. Values may be quoted
 * with {@code "} or {@code '}, or unquoted.
 *
 * <p>The page is read as UTF-8 bytes, the form it is written in: the build makes them once for
 * both this scan and the file. Every character this looks for is ASCII, and no byte of a
 * character beyond ASCII is, so a search for one never stops inside another.
 *
 * <p>Links and images found to lead to a file from any page are left out (see {@link ScanStrings}).
 *
 * <p>This relies on what the generator writes: attribute names in lower case, and no raw
 * {@code <} or {@code >} in text or in attribute values, which Pebble and Flexmark escape.
 */
final class HtmlScanner {

    /**
     * One attribute value, entities not yet decoded.
     *
     * @param leadsSomewhere whether it was found to lead to a file from any page, so that the
     *                       check need not look at it (see {@link ScanStrings#ScanStrings(LinkCheck)})
     */
    record Attribute(String name, String value, boolean leadsSomewhere) {
    }

    /** What one page holds: its element ids, and its links and images (links first). */
    record Scan(List<String> ids, List<Attribute> urls) {
    }

    private static final byte[] COMMENT = ascii("<!--");
    private static final byte[] COMMENT_END = ascii("-->");
    private static final byte[] SCRIPT = ascii("<script");
    private static final byte[] SCRIPT_END = ascii("</script");
    private static final byte[] STYLE = ascii("<style");
    private static final byte[] STYLE_END = ascii("</style");
    private static final byte[] ID = ascii("id=");
    private static final byte[] HREF = ascii("href=");
    private static final byte[] SRC = ascii("src=");

    private HtmlScanner() {
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** The scan of a page given as UTF-8, its ids and attributes the instances {@code shared} keeps. */
    static Scan scan(byte[] html, ScanStrings shared) {
        return scan(html, shared, null);
    }

    /**
     * {@link #scan(byte[], ScanStrings)}, telling {@code quotedEquals} (unless null) where the
     * page has {@code ="}, in order, wherever that is (text, tags, comments, scripts): the scan
     * reads every byte once, and the rewrite of the page's URLs need not read them again.
     */
    static Scan scan(byte[] html, ScanStrings shared, IntConsumer quotedEquals) {
        List<String> ids = new ArrayList<>();
        List<Attribute> hrefs = new ArrayList<>();
        List<Attribute> srcs = new ArrayList<>();
        int n = html.length;
        int at = nextTag(html, 0, quotedEquals);
        while (at >= 0) {
            // The byte after '<' rules out most of the three: a call each is a cost on every tag.
            byte next = at + 1 < n ? html[at + 1] : 0;
            if (next == '!' && startsWith(html, at, COMMENT)) {
                // Searched from the "-" of "<!--", so that "<!-->" and "<!--->" end where they start, as in a browser.
                int end = indexOf(html, COMMENT_END, at + 2);
                report(html, at + 2, end < 0 ? n : end + 3, quotedEquals);
                at = end < 0 ? -1 : nextTag(html, end + 3, quotedEquals);
                continue;
            }
            byte[] rawTextEnd = next != 's' ? null
                    : startsWith(html, at, SCRIPT) ? SCRIPT_END : startsWith(html, at, STYLE) ? STYLE_END : null;
            // Inside the tag, to its '>'.
            int i = at + 1;
            for (byte c; i < n && (c = html[i]) != '>'; i++) {
                // Bytes of characters beyond ASCII are negative: not spaces.
                if (c > ' ' || !isSpace(c) || i + 1 >= n) {
                    if (c == '=' && quotedEquals != null && i + 1 < n && html[i + 1] == '"') {
                        quotedEquals.accept(i);
                    }
                    continue;
                }
                int name = i + 1;
                byte first = html[name];
                if (first == 'i' && startsWith(html, name, ID)) {
                    ids.add(shared.id(Entities.decode(value(html, name + ID.length))));
                } else if (first == 'h' && startsWith(html, name, HREF)) {
                    if (!surelyGood(html, name + HREF.length, shared)) {
                        keep(hrefs, shared.href(value(html, name + HREF.length)));
                    }
                } else if (first == 's' && startsWith(html, name, SRC)) {
                    if (!surelyGood(html, name + SRC.length, shared)) {
                        keep(srcs, shared.src(value(html, name + SRC.length)));
                    }
                }
            }
            if (i >= n) {
                break;
            }
            if (rawTextEnd != null) {
                // The end tag is read next, as a tag.
                at = indexOf(html, rawTextEnd, i + 1);
                report(html, i + 1, at < 0 ? n : at, quotedEquals);
                continue;
            }
            at = nextTag(html, i + 1, quotedEquals);
        }
        List<Attribute> urls = new ArrayList<>(hrefs.size() + srcs.size());
        urls.addAll(hrefs);
        urls.addAll(srcs);
        return new Scan(ids, urls);
    }

    /**
     * Whether the value at {@code start} is in double quotes (as the generator writes them) and
     * {@code shared} finds from its bytes that it leads to a file from any page: then it is left
     * out without being made a string.
     */
    private static boolean surelyGood(byte[] html, int start, ScanStrings shared) {
        return start < html.length && html[start] == '"' && shared.leadsSomewhere(html, start + 1);
    }

    /** Adds a link or image the check must look at: not one found to lead to a file from any page. */
    private static void keep(List<Attribute> found, Attribute attribute) {
        if (!attribute.leadsSomewhere()) {
            found.add(attribute);
        }
    }

    /** The next {@code <} from {@code from}, or -1, telling {@code quotedEquals} of each {@code ="} on the way. */
    private static int nextTag(byte[] html, int from, IntConsumer quotedEquals) {
        if (quotedEquals == null) {
            return indexOf(html, '<', from);
        }
        for (int i = from; i < html.length; i++) {
            byte c = html[i];
            if (c == '<') {
                return i;
            }
            if (c == '=' && i + 1 < html.length && html[i + 1] == '"') {
                quotedEquals.accept(i);
            }
        }
        return -1;
    }

    /** Tells {@code quotedEquals} of each {@code ="} from {@code from} to {@code to} (a comment's or script's text). */
    private static void report(byte[] html, int from, int to, IntConsumer quotedEquals) {
        if (quotedEquals == null) {
            return;
        }
        for (int i = Math.max(from, 0); i < to && i + 1 < html.length; i++) {
            if (html[i] == '=' && html[i + 1] == '"') {
                quotedEquals.accept(i);
            }
        }
    }

    private static int indexOf(byte[] html, char c, int from) {
        for (int i = from; i < html.length; i++) {
            if (html[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] html, byte[] text, int from) {
        for (int i = Math.max(from, 0); i + text.length <= html.length; i++) {
            if (html[i] == text[0] && startsWith(html, i, text)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code html} holds {@code prefix} at {@code at}. */
    private static boolean startsWith(byte[] html, int at, byte[] prefix) {
        if (at + prefix.length > html.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (html[at + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    private static String value(byte[] html, int start) {
        int n = html.length;
        int end;
        if (start < n && (html[start] == '"' || html[start] == '\'')) {
            end = indexOf(html, (char) html[start], start + 1);
            start++;
            if (end < 0) {
                end = n;
            }
        } else {
            end = start;
            while (end < n && !isSpace(html[end]) && html[end] != '>') {
                end++;
            }
        }
        return new String(html, start, end - start, StandardCharsets.UTF_8);
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }
}
