package dev.hireguide.output;

/**
 * Rewrites the site's own URLs in a page ({@code href="/hiring/css/site.css"}) to URLs
 * relative to the page ({@code href="../../css/site.css"}), so that the same files work under
 * any base path and when opened straight from disk. Only {@code href}, {@code src} and
 * {@code action} attributes whose value starts with the base path are touched; absolute URLs
 * with a host, fragments and other sites' links stay as they are.
 */
public final class RelativeUrls {

    /** The attributes' names, each written after a space and before {@code ="}. */
    private static final String[] NAMES = {"href", "src", "action"};

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
        while (true) {
            int valueStart = nextValue(html, pos);
            if (valueStart < 0) {
                break;
            }
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

    /**
     * Where the value of the next {@code href="}, {@code src="} or {@code action="} (after a
     * space, and starting at {@code from} or later) begins, or -1. One search for {@code ="}
     * reads the page once: a search per attribute name read it three times.
     */
    static int nextValue(String html, int from) {
        for (int eq = html.indexOf("=\"", from); eq >= 0; eq = html.indexOf("=\"", eq + 1)) {
            for (String name : NAMES) {
                int start = eq - name.length() - 1;
                if (start >= from && html.charAt(start) == ' ' && html.startsWith(name, start + 1)) {
                    return eq + 2;
                }
            }
        }
        return -1;
    }

    private static int endOfValue(String html, int start) {
        int end = html.indexOf('"', start);
        return end < 0 ? html.length() : end;
    }
}
