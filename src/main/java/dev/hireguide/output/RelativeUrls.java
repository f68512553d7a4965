package dev.hireguide.output;

/**
 * Rewrites the site's own URLs in a page ({@code href="/hiring/css/site.css"}) to URLs
 * relative to the page ({@code href="../../css/site.css"}), so that the same files work under
 * any base path and when opened straight from disk. Only {@code href}, {@code src} and
 * {@code action} attributes whose value starts with the base path are touched; absolute URLs
 * with a host, fragments and other sites' links stay as they are.
 */
public final class RelativeUrls {

    private static final String[] ATTRIBUTES = {" href=\"", " src=\"", " action=\""};
    private static final int NOT_SEARCHED = -2;

    private RelativeUrls() {
    }

    /**
     * @param html     the page
     * @param basePath the site's base path, {@code /} or {@code /hiring/}
     * @param pageDir  the folder of the page under the output, {@code guides/fastapi/}, or {@code ""} at the top
     */
    public static String rewrite(String html, String basePath, String pageDir) {
        String up = "../".repeat(depth(pageDir));
        StringBuilder out = new StringBuilder(html.length() + 256);
        int pos = 0;
        // The next occurrence of each attribute, found again only once passed: searching for all
        // of them after every link would scan to the end of the page for a rare one each time.
        int[] next = new int[ATTRIBUTES.length];
        java.util.Arrays.fill(next, NOT_SEARCHED);
        while (true) {
            int at = nextAttribute(html, pos, next);
            if (at < 0) {
                break;
            }
            int valueStart = html.indexOf('"', at) + 1;
            out.append(html, pos, valueStart);
            if (html.startsWith(basePath, valueStart) && !html.startsWith("//", valueStart)) {
                String rest = html.substring(valueStart + basePath.length(), endOfValue(html, valueStart));
                out.append(relative(up, pageDir, rest));
                pos = valueStart + basePath.length() + rest.length();
            } else {
                pos = valueStart;
            }
        }
        return out.append(html, pos, html.length()).toString();
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

    private static int depth(String dir) {
        int depth = 0;
        for (int i = 0; i < dir.length(); i++) {
            if (dir.charAt(i) == '/') {
                depth++;
            }
        }
        return depth;
    }

    private static int nextAttribute(String html, int from, int[] next) {
        int best = -1;
        for (int i = 0; i < ATTRIBUTES.length; i++) {
            if (next[i] != -1 && next[i] < from) {
                next[i] = html.indexOf(ATTRIBUTES[i], from);
            }
            if (next[i] >= 0 && (best < 0 || next[i] < best)) {
                best = next[i];
            }
        }
        return best;
    }

    private static int endOfValue(String html, int start) {
        int end = html.indexOf('"', start);
        return end < 0 ? html.length() : end;
    }
}
