package dev.hireguide.output;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RelativeUrlsTest {

    @Test
    void rewritesSiteUrlsRelativeToThePage() {
        String html = "<link href=\"/hiring/css/site.css\"><a href=\"/hiring/\">home</a><a href=\"/hiring/guides/x/#pay\">x</a>"
                + "<img src=\"/hiring/guides/fastapi/chart.png\">";
        assertEquals("<link href=\"../../css/site.css\"><a href=\"../../\">home</a><a href=\"../../guides/x/#pay\">x</a>"
                + "<img src=\"chart.png\">", RelativeUrls.rewrite(html, "/hiring/", "guides/fastapi/"));
    }

    @Test
    void linksToThePageItselfAndFromTheHomePage() {
        assertEquals("<a href=\"./\">me</a><a href=\"./#top\">top</a>",
                RelativeUrls.rewrite("<a href=\"/g/\">me</a><a href=\"/g/#top\">top</a>", "/", "g/"));
        assertEquals("<a href=\"./\">home</a><a href=\"guides/\">g</a>",
                RelativeUrls.rewrite("<a href=\"/\">home</a><a href=\"/guides/\">g</a>", "/", ""));
    }

    @Test
    void leavesOtherUrlsAlone() {
        String html = "<a href=\"https://x.org/hiring/\">x</a><a href=\"#a\">a</a><a href=\"//cdn.example/x\">c</a>"
                + "<a href=\"/other/\">o</a><p>href=\"/hiring/not-an-attribute\"</p>";
        assertEquals(html, RelativeUrls.rewrite(html, "/hiring/", "guides/"));
    }

    @Test
    void rootBasePathDoesNotTouchProtocolRelativeUrls() {
        assertEquals("<a href=\"//cdn.example/x\">c</a><a href=\"../a/\">a</a>",
                RelativeUrls.rewrite("<a href=\"//cdn.example/x\">c</a><a href=\"/a/\">a</a>", "/", "g/"));
    }

    @Test
    void keepsTextAndUrlsBeyondAsciiAsTheyAre() {
        String html = "<p>Résumé … 漢字 🚀</p><a href=\"/hiring/glossary/café/#naïve\">café</a><p>ü</p>";
        String expected = "<p>Résumé … 漢字 🚀</p><a href=\"../glossary/café/#naïve\">café</a><p>ü</p>";
        assertEquals(expected, RelativeUrls.rewrite(html, "/hiring/", "guides/"));
        assertArrayEquals(expected.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                RelativeUrls.rewriteUtf8(html, "/hiring/", "guides/"));
    }

    @Test
    void growsItsBufferForPagesWhoseUrlsGetLonger() {
        String link = "<a href=\"/a/\">a</a>";
        String html = link.repeat(500);
        String rewritten = RelativeUrls.rewrite(html, "/", "one/two/three/four/");
        assertEquals("<a href=\"../../../../a/\">a</a>".repeat(500), rewritten);
    }

    /**
     * Random site paths and page folders: a page's rewritten URLs (copied as bytes when they leave
     * the page's folder) are what {@link RelativeUrls#of} makes of each URL on its own.
     */
    @Test
    void rewritesEachUrlAsOfDoes() {
        String[] parts = {"", "g", "g/", "guides/", "x/", "#t", "?q=1", "é/", "a.css", "/", "guides/x/"};
        String[] dirs = {"", "g/", "guides/", "guides/x/", "é/", "a/b/c/"};
        Random random = new Random(5);
        for (String base : new String[] {"/", "/hiring/"}) {
            for (int run = 0; run < 5_000; run++) {
                String dir = dirs[random.nextInt(dirs.length)];
                StringBuilder page = new StringBuilder("<p>");
                StringBuilder expected = new StringBuilder("<p>");
                for (int link = random.nextInt(4); link >= 0; link--) {
                    StringBuilder target = new StringBuilder();
                    for (int i = random.nextInt(4); i > 0; i--) {
                        target.append(parts[random.nextInt(parts.length)]);
                    }
                    String url = base + target;
                    page.append("<a href=\"").append(url).append("\">é</a>");
                    expected.append("<a href=\"").append(RelativeUrls.of(url, base, dir)).append("\">é</a>");
                }
                assertEquals(expected.toString(), RelativeUrls.rewrite(page.toString(), base, dir), page + " in " + dir);
            }
        }
    }

    /**
     * Random pages of attribute-like pieces around site URLs: given where the page has
     * {@code ="} (as the link check's scan finds it, each position once or twice), the rewrite is
     * the one that searches the page itself.
     */
    @Test
    void rewritesFromTheQuotedEqualsSignsAsFromASearch() {
        String[] pieces = {" href=\"", " src=\"", " action=\"", "href=\"", "=\"", "\"", "=", " ", "a", "/hiring/", "/",
            "//", "x/", "#t", "<a", ">", " hre", "f=\"", " srcset=\"", "\u00e9", "/hiring/guides/"};
        Random random = new Random(17);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder html = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] page = html.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            RelativeUrls.Positions told = new RelativeUrls.Positions();
            for (int i = 0; i + 1 < page.length; i++) {
                if (page[i] == '=' && page[i + 1] == '"') {
                    told.add(i);
                    if (random.nextInt(4) == 0) {
                        told.add(i);
                    }
                }
            }
            String dir = random.nextBoolean() ? "guides/x/" : "";
            assertArrayEquals(RelativeUrls.rewriteUtf8(page, "/hiring/", dir),
                    RelativeUrls.rewriteUtf8(page, "/hiring/", dir, told), html::toString);
        }
    }

    /** Random pages of attribute-like pieces: the one-pass search finds what a search per attribute finds. */
    @Test
    void findsTheAttributesASearchPerNameFinds() {
        String[] pieces = {" href=\"", " src=\"", " action=\"", "href=\"", "=\"", "\"", "=", " ", "a", "/hiring/", "/",
                "//", "x/", "#t", "<a", ">", " hre", "f=\"", " srcset=\"", " data-src=\""};
        Random random = new Random(11);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder html = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            String page = html.toString();
            byte[] bytes = page.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            for (int from = 0; from <= page.length(); from++) {
                assertEquals(valueBySearchPerName(page, from), RelativeUrls.nextValue(bytes, from), page + " from " + from);
            }
        }
    }

    /** What rewrite searched before: each attribute with its own indexOf, the first one found. */
    private static int valueBySearchPerName(String html, int from) {
        int best = -1;
        for (String attribute : new String[] {" href=\"", " src=\"", " action=\""}) {
            int at = html.indexOf(attribute, from);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best < 0 ? -1 : html.indexOf('"', best) + 1;
    }
}
