package dev.hireguide.assemble;

import dev.hireguide.content.ContentType;
import dev.hireguide.content.PageMeta;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class SiteIndexTest {

    @Test
    void titleOrderIsByTitleInLowerCaseThenById() {
        SiteIndex site = site(page("b", "beta"), page("a", "Beta"), page("c", "ALPHA"), page("d", "gamma"));
        assertEquals(Map.of("c", 0, "a", 1, "b", 2, "d", 3), site.titleOrder());
    }

    /** New bodies keep the order worked out for the site; a new title, which no quick rebuild makes, changes it. */
    @Test
    void pagesWithNewBodiesKeepTheTitleOrderAndNewTitlesChangeIt() {
        SiteIndex site = site(page("a", "Alpha"), page("b", "Beta"));
        Page edited = page("a", "Alpha");
        assertSame(site.titleOrder(), site.withPages(Map.of("a", edited)).titleOrder());
        assertEquals(Map.of("b", 0, "a", 1), site.withPages(Map.of("a", page("a", "Zeta"))).titleOrder());
    }

    private static Page page(String id, String title) {
        PageMeta meta = new PageMeta(title, "", null, null, false, List.of(), null, null, null, null, List.of(), null,
                List.of(), null);
        return new Page(id, PageKind.PAGE, ContentType.PAGE, id + ".md", meta, null, "", 0, id + "/", null,
                List.of(), Map.of(), null, null, List.of());
    }

    private static SiteIndex site(Page... pages) {
        Map<String, Page> byId = new HashMap<>();
        for (Page page : pages) {
            byId.put(page.id(), page);
        }
        return new SiteIndex(null, byId, List.of(), List.of(), Map.of(), null, null, null, Set.of(), List.of());
    }
}
