package dev.hireguide.check;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WrittenPathsTest {

    private static final Set<String> FILES = Set.of("index.html", "guides/index.html", "guides/fast api/index.html",
            "css/site.css", "hiring/index.html", "a/b.png", "caf\u00e9/index.html", "x/index.html.bak",
            // Files whose names hold what a link's reading would decode or cut: not found by their links.
            "t ", "t\u2003", "h#x", "p%41", "q&amp;r", "s?t");

    /**
     * Random links as a page's bytes hold them, with both base paths: what the bytes' look-up finds
     * good, the check's shortcut finds good; and for a link written plainly (no entity, percent
     * escape, query, fragment or white space at either end) the two agree both ways.
     */
    @Test
    void findsGoodWhatTheChecksShortcutDoesForPlainLinksAndNothingElse() {
        String[] pieces = {"/", "/", "guides", "guides/", "fast%20api/", "fast api/", "css/site.css", "hiring/", "a/b.png",
            "caf%C3%A9/", "caf\u00e9/", "?q=1", "#top", "&amp;", "x/", "//cdn/", "https://e.com/", "../", " ", "%zz",
            "index.html", "\u2003", "\t", "\u00a0", "x/index.html", "t ", "t\u2003", "h#x", "p%41", "q&amp;r", "s?t"};
        Random random = new Random(4);
        int found = 0;
        for (String base : new String[] {"/", "/hiring/"}) {
            LinkCheck check = new LinkCheck(base, "https://example.com" + base, FILES);
            WrittenPaths paths = check.writtenPaths();
            for (int run = 0; run < 20_000; run++) {
                StringBuilder url = new StringBuilder(random.nextInt(4) == 0 ? "" : base);
                for (int i = random.nextInt(4); i > 0; i--) {
                    url.append(pieces[random.nextInt(pieces.length)]);
                }
                String written = url.toString();
                String before = "<a class=\"x\" href=\"";
                byte[] html = (before + written + "\">x</a>").getBytes(StandardCharsets.UTF_8);
                boolean bytes = paths.leadsSomewhere(html, before.getBytes(StandardCharsets.UTF_8).length);
                boolean strings = check.leadsSomewhereFromAnyPage(written);
                if (bytes) {
                    found++;
                    assertTrue(strings, written);
                }
                boolean plain = written.chars().noneMatch(c -> c == '&' || c == '%' || c == '?' || c == '#')
                        && !written.isEmpty() && isPlain(written.charAt(0)) && isPlain(written.charAt(written.length() - 1));
                if (plain) {
                    assertEquals(strings, bytes, written);
                }
            }
        }
        assertTrue(found > 1_000, "found: " + found);
    }

    @Test
    void readsToTheClosingQuoteAndNoFurther() {
        WrittenPaths paths = new LinkCheck("/", "https://example.com/", FILES).writtenPaths();
        assertTrue(paths.leadsSomewhere(bytes("/guides/\""), 0));
        assertTrue(paths.leadsSomewhere(bytes("/\""), 0), "the home page's folder");
        assertFalse(paths.leadsSomewhere(bytes("/guides/"), 0), "no closing quote");
        assertFalse(paths.leadsSomewhere(bytes("/guides/x\""), 0));
        assertFalse(paths.leadsSomewhere(bytes("/guide\""), 0));
        assertFalse(paths.leadsSomewhere(bytes("//guides/\""), 0), "another site");
        assertFalse(paths.leadsSomewhere(bytes("/guides/#top\""), 0), "a fragment needs the target's ids");
        assertFalse(paths.leadsSomewhere(bytes("\""), 0));
        assertFalse(paths.leadsSomewhere(bytes("/"), 1), "at the end of the page");
    }

    /** Neither white space nor a character beyond ASCII, which may be white space. */
    private static boolean isPlain(char c) {
        return c > ' ' && c < 0x80;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
