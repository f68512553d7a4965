package dev.hireguide.bench;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;

/** Shares a number of pages among the sections by their percentages, exactly and deterministically. */
final class TypeMix {

    private TypeMix() {
    }

    /** The fewest pages a whole site can have: the home page, one page per section, and each section's minimum. */
    static int minimumSitePages() {
        return 1 + Section.values().length + Arrays.stream(Section.values()).mapToInt(Section::minimum).sum();
    }

    /**
     * Pages per section for {@code pages} pages in sections: each section gets its minimum, and
     * the rest is shared by percentage with the largest-remainder method, so the counts add up
     * exactly and ties fall to the earlier section.
     */
    static Map<Section, Integer> allocate(int pages) {
        Section[] sections = Section.values();
        int reserved = Arrays.stream(sections).mapToInt(Section::minimum).sum();
        if (pages < reserved) {
            throw new IllegalArgumentException("at least " + reserved + " pages are needed, not " + pages);
        }
        int rest = pages - reserved;
        Map<Section, Integer> counts = new EnumMap<>(Section.class);
        long[] remainders = new long[sections.length];
        int given = 0;
        for (Section section : sections) {
            long exact = (long) rest * section.percent();
            counts.put(section, section.minimum() + (int) (exact / 100));
            remainders[section.ordinal()] = exact % 100;
            given += (int) (exact / 100);
        }
        Section[] byRemainder = sections.clone();
        Arrays.sort(byRemainder, Comparator.comparingLong((Section s) -> -remainders[s.ordinal()]));
        for (int i = 0; i < rest - given; i++) {
            counts.merge(byRemainder[i], 1, Integer::sum);
        }
        return counts;
    }
}
