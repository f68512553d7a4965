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
        assertTrue(set.add(7));
        assertTrue(set.add(3));
        assertTrue(set.add(0));
        assertFalse(set.add(7));
        assertFalse(set.add(0));
        assertArrayEquals(new int[] {7, 3, 0}, set.toArray());
    }

    @Test
    void isEmptyAfterClearingHoweverBigItGrew() {
        TermSet set = new TermSet();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 5_000; i++) {
                set.add(i * 7 + round);
            }
            assertEquals(5_000, set.size());
            set.clear();
            assertEquals(0, set.size());
            assertFalse(set.contains(round));
            set.add(1_000_000);
            assertArrayEquals(new int[] {1_000_000}, set.toArray());
            set.clear();
        }
    }

    @Test
    void leavesOutTheTermsOfAnotherSet() {
        TermSet title = new TermSet();
        TermSet shortTitle = new TermSet();
        title.add(12);
        title.add(5);
        title.add(40);
        shortTitle.add(5);
        assertArrayEquals(new int[] {12, 40}, title.toArray(shortTitle));
    }
}
