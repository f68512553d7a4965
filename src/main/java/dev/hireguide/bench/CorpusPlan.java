package dev.hireguide.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Which pages a synthetic site of a given size has: how many of each type, their names and
 * slugs, and which pages each one is about (a guide's role and market, a question guide's
 * framework, a comparison's subjects). The plan depends only on the page count; the seed
 * changes the text, not the pages.
 */
final class CorpusPlan {

    private final int sitePages;
    private final Map<Section, List<PlannedPage>> sections = new EnumMap<>(Section.class);
    private final List<PlannedPage> pages = new ArrayList<>();
    private final Set<String> slugs = new HashSet<>();

    private CorpusPlan(int sitePages) {
        this.sitePages = sitePages;
    }

    /**
     * The plan for a site of {@code sitePages} pages in all, counting the home page and one page
     * per section as hireguide's build does.
     */
    static CorpusPlan of(int sitePages) {
        if (sitePages < TypeMix.minimumSitePages()) {
            throw new IllegalArgumentException("a site needs at least " + TypeMix.minimumSitePages() + " pages");
        }
        CorpusPlan plan = new CorpusPlan(sitePages);
        Map<Section, Integer> counts = TypeMix.allocate(sitePages - 1 - Section.values().length);
        // Frameworks and roles first: the other sections' names are made from theirs.
        plan.add(Section.FRAMEWORKS, counts, PageNames::framework);
        plan.add(Section.ROLES, counts, PageNames::role);
        int frameworks = counts.get(Section.FRAMEWORKS);
        int roles = counts.get(Section.ROLES);
        plan.add(Section.GUIDES, counts, i -> PageNames.guide(plan.page(Section.ROLES, i % roles).name(), i, roles));
        plan.add(Section.QUESTIONS, counts,
                i -> PageNames.questions(plan.page(Section.FRAMEWORKS, i % frameworks).name(), i, frameworks));
        plan.add(Section.GLOSSARY, counts, PageNames::term);
        plan.add(Section.COMPARISONS, counts, i -> String.join(" vs ",
                plan.subjectsOf(i).stream().map(PlannedPage::name).toList()));
        plan.add(Section.HANDBOOK, counts, PageNames::handbook);
        return plan;
    }

    private interface Namer {
        String name(int ordinal);
    }

    private void add(Section section, Map<Section, Integer> counts, Namer namer) {
        List<PlannedPage> list = new ArrayList<>();
        sections.put(section, list);
        for (int i = 0; i < counts.get(section); i++) {
            String name = namer.name(i);
            String title = section == Section.COMPARISONS ? name + ": how to choose and whom to hire" : name;
            PlannedPage page = new PlannedPage(pages.size(), section, i, uniqueSlug(name), title, name);
            list.add(page);
            pages.add(page);
        }
    }

    /** Slugs are unique in the whole site, so that every bare-slug reference names one page. */
    private String uniqueSlug(String name) {
        String base = PageNames.slug(name);
        String slug = base;
        for (int n = 2; !slugs.add(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** Every page in the site, counting the home page and the section pages. */
    int sitePages() {
        return sitePages;
    }

    /** The content pages (not home or section pages), in the order they were planned. */
    List<PlannedPage> pages() {
        return Collections.unmodifiableList(pages);
    }

    List<PlannedPage> pages(Section section) {
        return Collections.unmodifiableList(sections.get(section));
    }

    PlannedPage page(Section section, int ordinal) {
        return sections.get(section).get(ordinal);
    }

    /** A page of the section chosen with {@code random}. */
    PlannedPage any(Section section, Random random) {
        List<PlannedPage> list = sections.get(section);
        return list.get(random.nextInt(list.size()));
    }

    /** Any content page, chosen with {@code random}. */
    PlannedPage any(Random random) {
        return pages.get(random.nextInt(pages.size()));
    }

    /** The role a guide is for. */
    PlannedPage roleOf(PlannedPage guide) {
        return page(Section.ROLES, guide.ordinal() % sections.get(Section.ROLES).size());
    }

    /** The market a guide describes. */
    Vocabulary.Region regionOf(PlannedPage guide) {
        return Vocabulary.REGIONS.get(PageNames.guideRegion(guide.ordinal(), sections.get(Section.ROLES).size()));
    }

    /** The framework a question guide is about. */
    PlannedPage frameworkOf(PlannedPage questions) {
        return page(Section.FRAMEWORKS, questions.ordinal() % sections.get(Section.FRAMEWORKS).size());
    }

    /**
     * The frameworks the {@code ordinal}-th comparison compares: pairs at growing distances, so
     * that pairs repeat only after all of them are used, and every fourth a third framework.
     */
    List<PlannedPage> subjectsOf(int ordinal) {
        int count = sections.get(Section.FRAMEWORKS).size();
        int first = ordinal % count;
        int distance = 1 + (ordinal / count) % (count - 1);
        List<Integer> chosen = new ArrayList<>(List.of(first, (first + distance) % count));
        if (ordinal % 4 == 3) {
            int third = (first + 2 * distance) % count;
            while (chosen.contains(third)) {
                third = (third + 1) % count;
            }
            chosen.add(third);
        }
        return chosen.stream().map(i -> page(Section.FRAMEWORKS, i)).toList();
    }
}
