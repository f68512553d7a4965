package dev.hireguide.bench;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypeMixTest {

    @Test
    void sharesAddUpToAHundredPercent() {
        int total = 0;
        for (Section section : Section.values()) {
            total += section.percent();
        }
        assertEquals(100, total);
    }

    @Test
    void allocatesEveryPageExactly() {
        for (int pages = 10; pages < 3000; pages += 37) {
            Map<Section, Integer> counts = TypeMix.allocate(pages);
            assertEquals(pages, counts.values().stream().mapToInt(Integer::intValue).sum(), "pages " + pages);
            for (Section section : Section.values()) {
                assertTrue(counts.get(section) >= section.minimum(), section + " at " + pages);
            }
        }
    }

    @Test
    void refusesFewerPagesThanTheMinimums() {
        assertThrows(IllegalArgumentException.class, () -> TypeMix.allocate(9));
    }
}
