package dev.hireguide.assemble;

import dev.hireguide.content.ContentType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pages related to a page: those its {@code related:} names, in the order written, then a
 * few more scored by what they share with it. A shared framework counts 3, a shared skill 2 and
 * a shared tag 1; ties go by title, then id, so the order is the same on every build. Scores are
 * summed through an index from each framework, skill and tag to its pages, so a page costs the
 * size of its features' page lists rather than a pass over the whole site.
 */
public final class Related {

    /** How many scored pages follow the explicit ones. */
    public static final int SCORED = 4;

    private static final int FRAMEWORK = 3;
    private static final int SKILL = 2;
    private static final int TAG = 1;
    private static final int EXCLUDED = -1;

    private final SiteIndex index;
    private final List<Page> pages = new ArrayList<>();
    /**
     * Each page's place in the order of ties ({@link TitleOrder}): a page compares its score with
     * those of every page that shares a feature with it, thousands on a big site, and most tie.
     */
    private final int[] tieOrder;
    private final Map<String, Integer> numbers = new HashMap<>();
    /** The pages of each feature, by number, in increasing order. */
    private final Map<String, int[]> postings = new HashMap<>();
    /**
     * Each thread's scores by page number, all zero between calls: a new array per page would
     * be tens of kilobytes of garbage a page on a big site, most of it never touched.
     */
    private final ThreadLocal<int[]> scoreArrays;

    public Related(SiteIndex index) {
        this.index = index;
        for (Page page : index.pages().values()) {
            if (page.kind() == PageKind.PAGE) {
                numbers.put(page.id(), pages.size());
                pages.add(page);
            }
        }
        Map<String, Integer> places = index.titleOrder();
        tieOrder = pages.stream().mapToInt(p -> places.get(p.id())).toArray();
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            for (String feature : features(pages.get(i)).keySet()) {
                lists.computeIfAbsent(feature, k -> new ArrayList<>()).add(i);
            }
        }
        lists.forEach((feature, numbers) -> postings.put(feature, numbers.stream().mapToInt(Integer::intValue).toArray()));
        int size = pages.size();
        scoreArrays = ThreadLocal.withInitial(() -> new int[size]);
    }

    /** The ids of the pages related to {@code page}: explicit ones first, then up to {@link #SCORED} scored. */
    public List<String> of(Page page) {
        Set<String> related = new LinkedHashSet<>();
        for (String reference : page.meta().related()) {
            String id = page.resolve(reference);
            if (id != null && !id.equals(page.id())) {
                related.add(id);
            }
        }
        Integer self = numbers.get(page.id());
        if (self == null) {
            return List.copyOf(related);
        }
        int[] scores = scoreArrays.get();
        int[] touched = new int[16];
        int touchedCount = 0;
        for (Map.Entry<String, Integer> feature : features(page).entrySet()) {
            int[] posting = postings.get(feature.getKey());
            if (posting == null) {
                continue;
            }
            int weight = feature.getValue();
            for (int other : posting) {
                if (scores[other] == 0) {
                    if (touchedCount == touched.length) {
                        touched = Arrays.copyOf(touched, touchedCount * 2);
                    }
                    touched[touchedCount++] = other;
                }
                scores[other] += weight;
            }
        }
        try {
            best(self, related, scores, touched, touchedCount);
        } finally {
            for (int i = 0; i < touchedCount; i++) {
                scores[touched[i]] = 0;
            }
            scores[self] = 0;
            for (String id : related) {
                Integer number = numbers.get(id);
                if (number != null) {
                    scores[number] = 0;
                }
            }
        }
        return List.copyOf(related);
    }

    /** Adds the best scored of the {@code touched} pages to {@code related}. */
    private void best(int self, Set<String> related, int[] scores, int[] touched, int touchedCount) {
        // The page itself and those named already are not candidates; marking them here saves a
        // look-up by id for each of the thousands of candidates a big site has.
        scores[self] = EXCLUDED;
        for (String id : related) {
            Integer number = numbers.get(id);
            if (number != null) {
                scores[number] = EXCLUDED;
            }
        }
        // Only the best few are needed: keep them in a small sorted array instead of sorting all.
        int[] best = new int[SCORED];
        int count = 0;
        for (int t = 0; t < touchedCount; t++) {
            int candidate = touched[t];
            if (scores[candidate] == EXCLUDED) {
                continue;
            }
            int at = count;
            while (at > 0 && before(candidate, best[at - 1], scores)) {
                at--;
            }
            if (at >= SCORED) {
                continue;
            }
            System.arraycopy(best, at, best, at + 1, Math.min(count, SCORED - 1) - at);
            best[at] = candidate;
            count = Math.min(count + 1, SCORED);
        }
        for (int i = 0; i < count; i++) {
            related.add(pages.get(best[i]).id());
        }
    }

    /** Higher score first, then title, then id. */
    private boolean before(int a, int b, int[] scores) {
        if (scores[a] != scores[b]) {
            return scores[a] > scores[b];
        }
        return tieOrder[a] < tieOrder[b];
    }

    /** A page's frameworks (those it references, or itself), skills and tags, each with its weight. */
    private Map<String, Integer> features(Page page) {
        Map<String, Integer> features = new HashMap<>();
        if (page.type() == ContentType.FRAMEWORK) {
            features.put("framework:" + page.id(), FRAMEWORK);
        }
        for (String target : page.refs().values()) {
            Page referenced = index.pages().get(target);
            if (referenced != null && referenced.type() == ContentType.FRAMEWORK) {
                features.put("framework:" + target, FRAMEWORK);
            }
        }
        for (String skill : Taxonomies.skills(page)) {
            if (skill != null && !skill.isBlank()) {
                features.put("skill:" + Taxonomies.key(skill), SKILL);
            }
        }
        for (String tag : page.meta().tags()) {
            if (tag != null && !tag.isBlank()) {
                features.put("tag:" + Taxonomies.key(tag), TAG);
            }
        }
        return features;
    }
}
