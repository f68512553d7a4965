package dev.hireguide.assemble;

import dev.hireguide.content.GuideData;
import dev.hireguide.content.RoleData;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Groups pages by tag and by skill. Words are compared ignoring case ({@code Async} and
 * {@code async} are one tag), shown as most pages spell them, and get a URL segment from
 * their lower-cased form.
 */
public final class Taxonomies {

    public static final String TAGS = "tags";
    public static final String SKILLS = "skills";

    private Taxonomies() {
    }

    /**
     * The tags and skills of the given pages, each listing its pages in {@code titleOrder} (their
     * {@link TitleOrder}); a taxonomy no page uses is left out.
     */
    static List<Taxonomy> of(Collection<Page> pages, Map<String, Integer> titleOrder) {
        List<Taxonomy> taxonomies = new ArrayList<>();
        Taxonomy tags = build(TAGS, "Tags", pages, p -> p.meta().tags(), titleOrder);
        Taxonomy skills = build(SKILLS, "Skills", pages, Taxonomies::skills, titleOrder);
        for (Taxonomy taxonomy : List.of(tags, skills)) {
            if (!taxonomy.terms().isEmpty()) {
                taxonomies.add(taxonomy);
            }
        }
        return taxonomies;
    }

    /** The skills a page lists: guides and roles have them. */
    public static List<String> skills(Page page) {
        if (page.data() instanceof GuideData guide) {
            return guide.skills();
        }
        if (page.data() instanceof RoleData role) {
            return role.skills();
        }
        return List.of();
    }

    /** The key under which a word is grouped. */
    public static String key(String word) {
        return word.strip().toLowerCase(Locale.ROOT);
    }

    private static Taxonomy build(String key, String title, Collection<Page> pages, Function<Page, List<String>> words,
            Map<String, Integer> titleOrder) {
        Map<String, Map<String, Integer>> spellings = new TreeMap<>();
        Map<String, List<Page>> tagged = new TreeMap<>();
        for (Page page : pages) {
            Set<String> seen = new HashSet<>();
            for (String word : words.apply(page)) {
                if (word == null || word.isBlank()) {
                    continue;
                }
                String k = key(word);
                spellings.computeIfAbsent(k, x -> new TreeMap<>()).merge(word.strip(), 1, Integer::sum);
                if (seen.add(k)) {
                    tagged.computeIfAbsent(k, x -> new ArrayList<>()).add(page);
                }
            }
        }
        // Title, then id: each page's place in that order, worked out once, not titles lowered at every comparison.
        Comparator<Page> byTitle = Comparator.comparingInt((Page p) -> titleOrder.get(p.id()));
        Set<String> slugs = new HashSet<>();
        List<Taxonomy.Term> terms = new ArrayList<>();
        for (Map.Entry<String, List<Page>> entry : tagged.entrySet()) {  // sorted, so slugs are the same on every build
            String name = mostUsed(spellings.get(entry.getKey()));
            String slug = unique(slug(entry.getKey()), slugs);
            List<String> ids = entry.getValue().stream().sorted(byTitle).map(Page::id).toList();
            terms.add(new Taxonomy.Term(name, slug, key + "/" + slug + "/", ids));
        }
        terms.sort(Comparator.comparing((Taxonomy.Term t) -> t.name().toLowerCase(Locale.ROOT)).thenComparing(Taxonomy.Term::slug));
        return new Taxonomy(key, title, terms);
    }

    /** The spelling most pages use; of equally common ones, the first in code point order. */
    private static String mostUsed(Map<String, Integer> counts) {
        String best = null;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (best == null || entry.getValue() > counts.get(best)) {
                best = entry.getKey();
            }
        }
        return best;
    }

    /** Letters and digits of the lower-cased word, other runs of characters as one dash: {@code async-await}. */
    static String slug(String lowerCased) {
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < lowerCased.length(); ) {
            int cp = lowerCased.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                out.appendCodePoint(cp);
                dash = false;
            } else {
                dash = true;
            }
        }
        return out.length() == 0 ? "other" : out.toString();
    }

    /** Two words with one slug (`c++` and `c`) get {@code c} and {@code c-2}. */
    private static String unique(String slug, Set<String> used) {
        String candidate = slug;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }
}
