package dev.hireguide.check;

import dev.hireguide.diag.SourcePosition;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkCheckTest {

    private static final Set<String> FILES = Set.of("index.html", "guides/index.html", "guides/fast api/index.html",
            "css/site.css", "hiring/index.html", "a/b.png", "caf\u00e9/index.html");

    /**
     * Random links on pages at random depths: what the scan's shortcut finds good (left out of
     * the check), the check finds good too, from any page; and the shortcut finds good most plain
     * site paths to written files.
     */
    @Test
    void whatTheShortcutFindsGoodTheCheckFindsGoodFromAnyPage() {
        String[] pieces = {"/", "/", "guides", "guides/", "fast%20api/", "fast api/", "css/site.css", "hiring/", "a/b.png",
            "caf%C3%A9/", "caf\u00e9/", "?q=1", "#top", "&amp;", "x/", "//cdn/", "https://e.com/", "../", " ", "%zz"};
        String[] pages = {"index.html", "guides/index.html", "guides/fast api/index.html", "a/index.html"};
        Random random = new Random(2);
        int good = 0;
        for (String base : new String[] {"/", "/hiring/"}) {
            LinkCheck check = new LinkCheck(base, "https://example.com" + base, FILES);
            for (int run = 0; run < 20_000; run++) {
                StringBuilder url = new StringBuilder(random.nextInt(3) == 0 ? "" : base);
                for (int i = random.nextInt(4); i > 0; i--) {
                    url.append(pieces[random.nextInt(pieces.length)]);
                }
                String written = url.toString().replace("\"", "");
                if (!check.leadsSomewhereFromAnyPage(written)) {
                    continue;
                }
                good++;
                String page = pages[random.nextInt(pages.length)];
                CheckedPage checked = new CheckedPage(page, "<a href=\"" + written + "\">x</a>",
                        SourcePosition.of("content/x.md"), "", List.of(), Map.of());
                LinkCheck.PageScan scan = LinkCheck.scanUtf8(checked.html().getBytes(StandardCharsets.UTF_8), new ScanStrings());
                check.withScans(List.of(checked), List.of(scan));
                assertEquals(List.of(), check.check(checked, scan), written + " on " + page);
            }
        }
        assertTrue(good > 1_000, "found good: " + good);
    }

    @Test
    void leavesFragmentsOtherSitesAndMissingFilesToTheCheck() {
        LinkCheck check = new LinkCheck("/", "https://example.com/", FILES);
        assertTrue(check.leadsSomewhereFromAnyPage("/guides/"));
        assertTrue(check.leadsSomewhereFromAnyPage("/guides/fast%20api/?a=1&amp;b=2"));
        assertFalse(check.leadsSomewhereFromAnyPage("/guides/#top"), "a fragment needs the target's ids");
        assertFalse(check.leadsSomewhereFromAnyPage("/guides"), "a folder without its slash is a problem");
        assertFalse(check.leadsSomewhereFromAnyPage("/nope/"));
        assertFalse(check.leadsSomewhereFromAnyPage("//cdn.example/x"));
        assertFalse(check.leadsSomewhereFromAnyPage("https://example.com/guides/"), "left to the check");
        assertFalse(check.leadsSomewhereFromAnyPage("guides/"), "relative to the page");
    }
}
