package dev.hireguide.assemble;

import dev.hireguide.content.ContentType;
import dev.hireguide.content.PageMeta;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RelatedTest {

    @Test
    void namedPagesComeFirstThenTheBestScoredTiesByTitle() {
        Map<String, Page> pages = new HashMap<>();
        put(pages, page("frameworks/fastapi", "FastAPI", ContentType.FRAMEWORK, List.of(), Map.of()));
        put(pages, page("guides/a", "Zeta guide", ContentType.GUIDE, List.of("python"),
                Map.of("framework", "frameworks/fastapi", "see", "guides/d")));
        put(pages, page("guides/b", "Beta guide", ContentType.GUIDE, List.of("python"), Map.of()));
        put(pages, page("guides/c", "Alpha guide", ContentType.GUIDE, List.of("python"), Map.of()));
        put(pages, page("guides/d", "Delta guide", ContentType.GUIDE, List.of(), Map.of()));
        put(pages, page("guides/e", "Echo guide", ContentType.GUIDE, List.of("go"), Map.of()));
        Related related = new Related(site(pages));
        // guides/a names guides/d; FastAPI shares the framework (3); b and c a tag (1 each), by title.
        Page a = pages.get("guides/a");
        Page withRelated = new Page(a.id(), a.kind(), a.type(), a.file(), meta(a.title(), List.of("python"), List.of("see")),
                null, "", 0, a.path(), null, List.of(), a.refs(), null, null, List.of());
        assertEquals(List.of("guides/d", "frameworks/fastapi", "guides/c", "guides/b"), related.of(withRelated));
        assertEquals(List.of("guides/a"), related.of(pages.get("frameworks/fastapi")));
        assertEquals(List.of(), related.of(pages.get("guides/e")));
    }

    /** Random sites against scoring every pair of pages and sorting, with pages asked for in turn on several threads. */
    @Test
    void agreesWithScoringEveryPairOnRandomSites() throws Exception {
        Random random = new Random(11);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < 60; round++) {
                // Every fifth site is bigger: many pages tie at the lowest score that makes the best four.
                Map<String, Page> pages = randomSite(random, round % 5 == 0 ? 300 : 40);
                Related related = new Related(site(pages));
                Map<String, List<String>> expected = new HashMap<>();
                pages.values().forEach(p -> expected.put(p.id(), scored(p, pages)));
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < 3; t++) {
                    List<Page> order = new ArrayList<>(pages.values());
                    Collections.shuffle(order, new Random(round * 3L + t));
                    done.add(pool.submit(() -> {
                        for (Page page : order) {
                            assertEquals(expected.get(page.id()), related.of(page), page.id());
                        }
                    }));
                }
                for (Future<?> future : done) {
                    future.get();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> scored(Page page, Map<String, Page> pages) {
        Set<String> named = new java.util.LinkedHashSet<>();
        for (String reference : page.meta().related()) {
            String id = page.refs().get(reference);
            if (id != null && !id.equals(page.id())) {
                named.add(id);
            }
        }
        Map<String, Integer> places = TitleOrder.of(pages.values());
        Map<String, Integer> mine = features(page, pages);
        List<Page> candidates = new ArrayList<>();
        Map<String, Integer> scores = new HashMap<>();
        for (Page other : pages.values()) {
            int score = 0;
            for (Map.Entry<String, Integer> feature : features(other, pages).entrySet()) {
                if (mine.containsKey(feature.getKey())) {
                    score += feature.getValue();
                }
            }
            if (score > 0 && !other.id().equals(page.id()) && !named.contains(other.id())) {
                candidates.add(other);
                scores.put(other.id(), score);
            }
        }
        candidates.sort(Comparator.comparing((Page p) -> -scores.get(p.id())).thenComparing(p -> places.get(p.id())));
        List<String> related = new ArrayList<>(named);
        candidates.stream().limit(Related.SCORED).map(Page::id).forEach(related::add);
        return related;
    }

    private static Map<String, Integer> features(Page page, Map<String, Page> pages) {
        Map<String, Integer> features = new HashMap<>();
        if (page.type() == ContentType.FRAMEWORK) {
            features.put("framework:" + page.id(), 3);
        }
        for (String target : page.refs().values()) {
            if (pages.containsKey(target) && pages.get(target).type() == ContentType.FRAMEWORK) {
                features.put("framework:" + target, 3);
            }
        }
        for (String tag : page.meta().tags()) {
            features.put("tag:" + tag.toLowerCase(Locale.ROOT), 1);
        }
        return features;
    }

    private static Map<String, Page> randomSite(Random random, int maxGuides) {
        Map<String, Page> pages = new HashMap<>();
        int frameworks = 1 + random.nextInt(4);
        for (int i = 0; i < frameworks; i++) {
            put(pages, page("frameworks/f" + i, "Framework " + random.nextInt(5), ContentType.FRAMEWORK, List.of(), Map.of()));
        }
        int guides = 1 + random.nextInt(maxGuides);
        for (int i = 0; i < guides; i++) {
            Set<String> tags = new HashSet<>();
            for (int t = random.nextInt(4); t > 0; t--) {
                tags.add("Tag" + random.nextInt(6));
            }
            Map<String, String> refs = new HashMap<>();
            if (random.nextBoolean()) {
                refs.put("framework", "frameworks/f" + random.nextInt(frameworks + 1));
            }
            if (random.nextInt(4) == 0) {
                refs.put("framework2", "frameworks/f" + random.nextInt(frameworks + 1));
            }
            // Pages named in related:, which the scored ones leave out; some share tags with others.
            List<String> related = new ArrayList<>();
            for (int r = random.nextInt(3); r > 0; r--) {
                String name = "see" + r;
                refs.put(name, "guides/g" + random.nextInt(guides));
                related.add(name);
            }
            Page page = new Page("guides/g" + i, PageKind.PAGE, ContentType.GUIDE, "guides/g" + i + ".md",
                    meta("Guide " + random.nextInt(8), List.copyOf(tags), related), null, "", 0, "guides/g" + i + "/", null,
                    List.of(), refs, null, null, List.of());
            put(pages, page);
        }
        return pages;
    }

    private static void put(Map<String, Page> pages, Page page) {
        pages.put(page.id(), page);
    }

    private static Page page(String id, String title, ContentType type, List<String> tags, Map<String, String> refs) {
        return new Page(id, PageKind.PAGE, type, id + ".md", meta(title, tags, List.of()), null, "", 0, id + "/", null,
                List.of(), refs, null, null, List.of());
    }

    private static PageMeta meta(String title, List<String> tags, List<String> related) {
        return new PageMeta(title, "", null, null, false, tags, null, null, null, null, related, null, List.of(), null);
    }

    private static SiteIndex site(Map<String, Page> pages) {
        return new SiteIndex(null, pages, List.of(), List.of(), Map.of(), null, null, null, Set.of(), List.of());
    }
}
