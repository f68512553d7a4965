package dev.hireguide.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TermSetTest {

    @Test
    void keepsEachTermOnceInTheOrderFirstAdded() {
        TermSet set = new TermSet();
        assertTrue(set.add("hire"));
        assertTrue(set.add("senior"));
        assertFalse(set.add(new String("hire")));
        assertArrayEquals(new String[] {"hire", "senior"}, set.toArray());
    }

    @Test
    void isEmptyAfterClearingHoweverBigItGrew() {
        TermSet set = new TermSet();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 5_000; i++) {
                set.add("t" + (i * 7 + round));
            }
            assertEquals(5_000, set.size());
            set.clear();
            assertEquals(0, set.size());
            assertFalse(set.contains("t" + round));
            set.add("x");
            assertArrayEquals(new String[] {"x"}, set.toArray());
            set.clear();
        }
    }

    @Test
    void leavesOutTheTermsOfAnotherSet() {
        TermSet title = new TermSet();
        TermSet shortTitle = new TermSet();
        title.add("json");
        title.add("web");
        title.add("token");
        shortTitle.add("web");
        assertArrayEquals(new String[] {"json", "token"}, title.toArray(shortTitle));
    }
}
