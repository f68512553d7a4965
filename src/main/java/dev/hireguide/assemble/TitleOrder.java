package dev.hireguide.assemble;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The order pages are listed in when nothing else decides (backlinks, ties between related
 * pages): title in lower case, then id. Worked out once per build as each page's place, so that
 * a list of thousands is sorted by comparing numbers instead of lowering titles at every step.
 */
public final class TitleOrder {

    private TitleOrder() {
    }

    /** Each page's place in that order, by page id. */
    public static Map<String, Integer> of(Collection<Page> pages) {
        Map<String, String> titles = new HashMap<>();
        pages.forEach(p -> titles.put(p.id(), p.title().toLowerCase(Locale.ROOT)));
        List<Page> sorted = new ArrayList<>(pages);
        sorted.sort(Comparator.comparing((Page p) -> titles.get(p.id())).thenComparing(Page::id));
        Map<String, Integer> places = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            places.put(sorted.get(i).id(), i);
        }
        return places;
    }
}
