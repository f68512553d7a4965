package dev.hireguide.output;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Rewrites the site's own URLs in a page ({@code href="/hiring/css/site.css"}) to URLs
 * relative to the page ({@code href="../../css/site.css"}), so that the same files work under
 * any base path and when opened straight from disk. Only {@code href}, {@code src} and
 * {@code action} attributes whose value starts with the base path are touched; absolute URLs
 * with a host, fragments and other sites' links stay as they are.
 */
public final class RelativeUrls {

    /** The attributes' names, each written after a space and before {@code ="}. */
    private static final byte[][] NAMES = {ascii("href"), ascii("src"), ascii("action")};

    /** A URL with a host but no scheme, such as {@code //cdn.example/x}: never the site's own. */
    private static final byte[] SCHEME_RELATIVE = ascii("//");

    /** What a URL that is only a fragment or a query, or nothing, starts with on the top page. */
    private static final byte[] HERE = ascii("./");

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private RelativeUrls() {
    }

    /**
     * @param html     the page
     * @param basePath the site's base path, {@code /} or {@code /hiring/}
     * @param pageDir  the folder of the page under the output, {@code guides/fastapi/}, or {@code ""} at the top
     */
    public static String rewrite(String html, String basePath, String pageDir) {
        return new String(rewriteUtf8(html, basePath, pageDir), StandardCharsets.UTF_8);
    }

    /**
     * The page as {@link #rewrite} makes it, in UTF-8: what is written to disk. The search runs on
     * the page's bytes, since the attributes and the base path are ASCII and no byte of a
     * character beyond ASCII is, and the bytes between URLs are copied whole: a page is made
     * into bytes once, and never into a second string.
     */
    public static byte[] rewriteUtf8(String html, String basePath, String pageDir) {
        return rewriteUtf8(html.getBytes(StandardCharsets.UTF_8), basePath, pageDir);
    }

    /**
     * {@link #rewriteUtf8(String, String, String)} of a page already in UTF-8; {@code page} itself
     * is returned when there is nothing to rewrite, and is never changed.
     */
    public static byte[] rewriteUtf8(byte[] page, String basePath, String pageDir) {
        return rewriteUtf8(page, basePath, pageDir, null);
    }

    /**
     * Where a page has {@code ="}: the positions of the {@code =}, in order (a position may come
     * twice), as a scan of the page that reads every byte finds them for {@link
     * #rewriteUtf8(byte[], String, String, Positions)}, which then need not search the page itself;
     * for one rewrite, which moves through them.
     */
    public static final class Positions {
        private int[] at = new int[64];
        private int count;
        /** The first position the rewrite has not passed yet. */
        private int next;

        /** Notes {@code ="} at {@code position}. */
        public void add(int position) {
            if (count == at.length) {
                at = Arrays.copyOf(at, count * 2);
            }
            at[count++] = position;
        }
    }

    /**
     * {@link #rewriteUtf8(byte[], String, String)}, with the page's {@code ="} already found
     * ({@code quotedEquals}, every one of them) or null to search for them here. The same values
     * are rewritten either way: those {@link #nextValue} finds one after another.
     */
    public static byte[] rewriteUtf8(byte[] page, String basePath, String pageDir, Positions quotedEquals) {
        byte[] base = basePath.getBytes(StandardCharsets.UTF_8);
        int valueStart = quotedEquals == null ? nextValue(page, 0) : nextValue(page, 0, quotedEquals);
        if (valueStart < 0) {
            return page;
        }
        String up = "../".repeat(depth(pageDir));
        byte[] upBytes = up.getBytes(StandardCharsets.US_ASCII);
        byte[] dir = pageDir.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[page.length + 256];
        int length = 0;
        int pos = 0;
        for (; valueStart >= 0; valueStart = quotedEquals == null ? nextValue(page, valueStart)
                : nextValue(page, valueStart, quotedEquals)) {
            if (!startsWith(page, valueStart, base) || startsWith(page, valueStart, SCHEME_RELATIVE)) {
                continue;
            }
            int restStart = valueStart + base.length;
            int restEnd = endOfValue(page, restStart);
            int restLength = restEnd - restStart;
            // Most URLs lead out of the page's folder: the climb, then the rest copied as bytes,
            // which is what relative() makes of them without a string each way. The others go
            // through relative().
            byte[] prefix;
            if (dir.length > 0 && inOwnFolder(page, restStart, restLength, dir)) {
                prefix = relative(up, pageDir, new String(page, restStart, restLength, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8);
                restStart = restEnd;
                restLength = 0;
            } else if (upBytes.length == 0 && (restLength == 0 || page[restStart] == '#' || page[restStart] == '?')) {
                prefix = HERE;
            } else {
                prefix = upBytes;
            }
            int kept = valueStart - pos;
            int needed = length + kept + prefix.length + restLength + (page.length - restEnd);
            if (needed > out.length) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, needed));
            }
            System.arraycopy(page, pos, out, length, kept);
            length += kept;
            System.arraycopy(prefix, 0, out, length, prefix.length);
            length += prefix.length;
            System.arraycopy(page, restStart, out, length, restLength);
            length += restLength;
            pos = restEnd;
            valueStart = restEnd;
        }
        int rest = page.length - pos;
        if (length + rest > out.length) {
            out = Arrays.copyOf(out, length + rest);
        }
        System.arraycopy(page, pos, out, length, rest);
        return length + rest == out.length ? out : Arrays.copyOf(out, length + rest);
    }

    /**
     * One URL as {@link #rewrite} writes it in a page in {@code pageDir}: relative when it starts
     * with the base path, unchanged otherwise.
     */
    public static String of(String url, String basePath, String pageDir) {
        if (!url.startsWith(basePath) || url.startsWith("//")) {
            return url;
        }
        return relative("../".repeat(depth(pageDir)), pageDir, url.substring(basePath.length()));
    }

    /** The URL of {@code target} (a site path after the base path) as seen from {@code pageDir}. */
    static String relative(String up, String pageDir, String target) {
        if (!pageDir.isEmpty() && (target.startsWith(pageDir) || (target + "/").equals(pageDir))) {
            // Inside the page's own folder: no need to climb out and back in.
            String inside = target.length() >= pageDir.length() ? target.substring(pageDir.length()) : "";
            return inside.isEmpty() || inside.startsWith("#") || inside.startsWith("?") ? "./" + inside : inside;
        }
        String url = up + target;
        return url.isEmpty() || url.startsWith("#") || url.startsWith("?") ? "./" + url : url;
    }

    /**
     * Whether the site path in {@code page} at {@code start} is inside the page's folder {@code dir}
     * or is that folder without its last slash: the cases {@link #relative} does not climb for.
     */
    private static boolean inOwnFolder(byte[] page, int start, int length, byte[] dir) {
        if (length >= dir.length) {
            return Arrays.equals(page, start, start + dir.length, dir, 0, dir.length);
        }
        return length == dir.length - 1 && Arrays.equals(page, start, start + length, dir, 0, length);
    }

    private static int depth(String dir) {
        int depth = 0;
        for (int i = 0; i < dir.length(); i++) {
            if (dir.charAt(i) == '/') {
                depth++;
            }
        }
        return depth;
    }

    /**
     * Where the value of the next {@code href="}, {@code src="} or {@code action="} (after a
     * space, and starting at {@code from} or later) begins, or -1. One search for {@code ="}
     * reads the page once: a search per attribute name read it three times.
     */
    static int nextValue(byte[] html, int from) {
        for (int eq = from; eq + 1 < html.length; eq++) {
            if (html[eq] == '=' && html[eq + 1] == '"' && isNamed(html, eq, from)) {
                return eq + 2;
            }
        }
        return -1;
    }

    /** Whether the {@code ="} at {@code eq} has one of the names, after a space, starting at or after {@code from}. */
    private static boolean isNamed(byte[] html, int eq, int from) {
        for (byte[] name : NAMES) {
            int start = eq - name.length - 1;
            if (start >= from && html[start] == ' ' && startsWith(html, start + 1, name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #nextValue(byte[], int)} read from the page's {@code ="} positions rather than the
     * page: the first of them, from the positions' cursor on, that is at or after {@code from}
     * with a name starting at or after {@code from}. The cursor moves past it.
     */
    static int nextValue(byte[] html, int from, Positions quotedEquals) {
        for (; quotedEquals.next < quotedEquals.count; quotedEquals.next++) {
            int eq = quotedEquals.at[quotedEquals.next];
            if (eq >= from && eq + 1 < html.length && html[eq] == '=' && html[eq + 1] == '"' && isNamed(html, eq, from)) {
                quotedEquals.next++;
                return eq + 2;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] html, int at, byte[] prefix) {
        if (at + prefix.length > html.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (html[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int endOfValue(byte[] html, int start) {
        for (int i = start; i < html.length; i++) {
            if (html[i] == '"') {
                return i;
            }
        }
        return html.length;
    }
}
