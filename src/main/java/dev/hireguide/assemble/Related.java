package dev.hireguide.assemble;

import dev.hireguide.content.ContentType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
    /** The pages that can be scored, numbered in the order of ties ({@link TitleOrder}): a lower number wins a tie. */
    private final List<Page> pages = new ArrayList<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    /** The pages of each feature, by number, in increasing order. */
    private final Map<String, int[]> postings = new HashMap<>();
    /**
     * Each thread's working arrays, all zero between calls: a new array per page would be tens of
     * kilobytes of garbage a page on a big site, most of it never touched.
     */
    private final ThreadLocal<Scratch> scratch;

    /**
     * Scores by page number; the numbers scored so far, in the order first touched; and how many
     * candidates have each score.
     */
    private static final class Scratch {
        final int[] scores;
        final int[] touched;
        int[] counts = new int[16];

        Scratch(int size) {
            scores = new int[size];
            touched = new int[size];
        }
    }

    public Related(SiteIndex index) {
        this.index = index;
        Map<String, Integer> places = index.titleOrder();
        for (Page page : index.pages().values()) {
            if (page.kind() == PageKind.PAGE) {
                pages.add(page);
            }
        }
        pages.sort(Comparator.comparingInt(p -> places.get(p.id())));
        for (int i = 0; i < pages.size(); i++) {
            numbers.put(pages.get(i).id(), i);
        }
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            for (String feature : features(pages.get(i)).keySet()) {
                lists.computeIfAbsent(feature, k -> new ArrayList<>()).add(i);
            }
        }
        lists.forEach((feature, numbers) -> postings.put(feature, numbers.stream().mapToInt(Integer::intValue).toArray()));
        int size = pages.size();
        scratch = ThreadLocal.withInitial(() -> new Scratch(size));
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
        Scratch work = scratch.get();
        int[] scores = work.scores;
        int[] touched = work.touched;
        int touchedCount = 0;
        int highest = 0;
        for (Map.Entry<String, Integer> feature : features(page).entrySet()) {
            int[] posting = postings.get(feature.getKey());
            if (posting == null) {
                continue;
            }
            int weight = feature.getValue();
            highest += weight;
            for (int other : posting) {
                if (scores[other] == 0) {
                    touched[touchedCount++] = other;
                }
                scores[other] += weight;
            }
        }
        try {
            best(self, related, work, touchedCount, highest);
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

    /**
     * Adds the best scored of the touched pages to {@code related}, each score at most
     * {@code highest}. A big site's page touches thousands of pages that share a tag with it, so
     * rather than comparing each with the best so far, this counts the pages of each score, which
     * gives the lowest score among the best, and then takes every page above it and the
     * lowest-numbered at it.
     */
    private void best(int self, Set<String> related, Scratch work, int touchedCount, int highest) {
        int[] scores = work.scores;
        int[] touched = work.touched;
        // The page itself and those named already are not candidates; marking them here saves a
        // look-up by id for each of the thousands of candidates a big site has.
        scores[self] = EXCLUDED;
        for (String id : related) {
            Integer number = numbers.get(id);
            if (number != null) {
                scores[number] = EXCLUDED;
            }
        }
        if (work.counts.length <= highest) {
            work.counts = new int[highest + 1];
        }
        int[] counts = work.counts;
        for (int t = 0; t < touchedCount; t++) {
            int score = scores[touched[t]];
            if (score > 0) {
                counts[score]++;
            }
        }
        // The lowest score among the best: the pages above it are all taken, and as many at it as are left.
        int lowest = 0;
        int above = 0;
        for (int score = highest; score > 0; score--) {
            if (above + counts[score] >= SCORED) {
                lowest = score;
                break;
            }
            above += counts[score];
        }
        Arrays.fill(counts, 0, highest + 1, 0);
        int atLowest = lowest == 0 ? 0 : SCORED - above;
        int[] best = new int[SCORED];
        int count = 0;
        int[] tied = new int[Math.max(atLowest, 1)];
        int tiedCount = 0;
        for (int t = 0; t < touchedCount; t++) {
            int candidate = touched[t];
            int score = scores[candidate];
            if (score > lowest) {
                best[count++] = candidate;
            } else if (score == lowest && score > 0) {
                // Kept in increasing order of number, at most atLowest of them.
                if (tiedCount == atLowest && candidate > tied[tiedCount - 1]) {
                    continue;
                }
                int at = tiedCount == atLowest ? tiedCount - 1 : tiedCount++;
                while (at > 0 && tied[at - 1] > candidate) {
                    tied[at] = tied[at - 1];
                    at--;
                }
                tied[at] = candidate;
            }
        }
        System.arraycopy(tied, 0, best, count, tiedCount);
        count += tiedCount;
        // At most SCORED pages: sorted by score, then number.
        for (int i = 1; i < count; i++) {
            int page = best[i];
            int at = i;
            while (at > 0 && before(page, best[at - 1], scores)) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = page;
        }
        for (int i = 0; i < count; i++) {
            related.add(pages.get(best[i]).id());
        }
    }

    /** Higher score first, then the order of ties, which is the pages' numbers. */
    private static boolean before(int a, int b, int[] scores) {
        if (scores[a] != scores[b]) {
            return scores[a] > scores[b];
        }
        return a < b;
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
