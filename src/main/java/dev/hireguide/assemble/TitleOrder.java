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

    /** A page's title in lower case, and its id. */
    private record Key(String title, String id) {
    }

    /** Title, then id: compared field by field, not looked up in a map at every comparison. */
    private static final Comparator<Key> ORDER = (a, b) -> {
        int byTitle = a.title().compareTo(b.title());
        return byTitle != 0 ? byTitle : a.id().compareTo(b.id());
    };

    /** Each page's place in that order, by page id. */
    public static Map<String, Integer> of(Collection<Page> pages) {
        List<Key> sorted = new ArrayList<>(pages.size());
        pages.forEach(p -> sorted.add(new Key(p.title().toLowerCase(Locale.ROOT), p.id())));
        sorted.sort(ORDER);
        Map<String, Integer> places = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            places.put(sorted.get(i).id(), i);
        }
        return places;
    }
}
