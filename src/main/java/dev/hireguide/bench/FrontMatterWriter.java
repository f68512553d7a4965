package dev.hireguide.bench;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes each type's own front matter for a planned page: references that resolve to planned
 * pages, every comparison cell filled, unique question ids, salary ranges that rise with the
 * level, so that every generated page is valid.
 */
final class FrontMatterWriter {

    private static final String[] LEVELS = {"junior", "mid", "senior", "lead"};
    private static final String[] YEARS = {"0-2", "2-5", "5-8", "8+"};
    private static final String[] DIFFICULTY = {"easy", "moderate", "hard", "very-hard"};
    private static final String[] DEMAND = {"cooling", "steady", "rising", "hot"};

    private final CorpusPlan plan;
    private final PlannedPage page;
    private final Prose prose;
    private final YamlText yaml = new YamlText();

    private FrontMatterWriter(CorpusPlan plan, PlannedPage page, Prose prose) {
        this.plan = plan;
        this.page = page;
        this.prose = prose;
    }

    /** The type's fields and {@code related:}, as YAML lines. */
    static String write(CorpusPlan plan, PlannedPage page, Prose prose) {
        FrontMatterWriter writer = new FrontMatterWriter(plan, page, prose);
        switch (page.section()) {
            case GUIDES -> writer.guide();
            case COMPARISONS -> writer.comparison();
            case QUESTIONS -> writer.questions();
            case ROLES -> writer.role();
            case FRAMEWORKS -> writer.framework();
            case GLOSSARY -> writer.term();
            case HANDBOOK -> { }
        }
        writer.related();
        return writer.yaml.toString();
    }

    private void guide() {
        PlannedPage role = plan.roleOf(page);
        yaml.text(0, "role", role.slug());
        yaml.list(0, "frameworks", frameworkSlugs(prose.between(1, 3)));
        yaml.list(0, "skills", technologies(3));
        Vocabulary.Region region = plan.regionOf(page);
        yaml.open(0, "market");
        yaml.plain(2, "as_of", YearMonth.of(2026, 1).plusMonths(prose.between(0, 8)));
        yaml.open(2, "source");
        yaml.text(4, "name", prose.pick(Vocabulary.SOURCES));
        if (prose.chance(50)) {
            yaml.text(4, "url", "https://example.com/salary-survey/" + PageNames.slug(region.name()));
        }
        yaml.text(2, "region", region.name());
        yaml.plain(2, "currency", region.currency());
        yaml.plain(2, "period", "year");
        yaml.open(2, "salary");
        salaryRanges(region);
        yaml.plain(2, "difficulty", prose.pick(List.of(DIFFICULTY)));
        int weeks = prose.between(2, 8);
        yaml.plain(2, "time_to_hire_weeks", "{min: " + weeks + ", max: " + (weeks + prose.between(1, 6)) + "}");
        yaml.plain(2, "demand", prose.pick(List.of(DEMAND)));
    }

    /**
     * Ranges that rise with the level: each level's minimum is a quarter to a third above the
     * previous one, and each maximum at least a fifth above its minimum, so no range lies below
     * the one before it (which hireguide warns about).
     */
    private void salaryRanges(Vocabulary.Region region) {
        double min = prose.between(55, 95) * 1000.0;
        long previousMin = 0;
        long previousMax = 0;
        for (String level : LEVELS) {
            double max = min * (1.2 + prose.between(0, 20) / 100.0);
            long low = Math.max(previousMin, round(min * region.factor(), region.roundTo()));
            long high = Math.max(Math.max(low, previousMax), round(max * region.factor(), region.roundTo()));
            yaml.plain(4, level, "{min: " + low + ", max: " + high + "}");
            previousMin = low;
            previousMax = high;
            min = min * (1.25 + prose.between(0, 10) / 100.0);
        }
    }

    private static long round(double amount, int step) {
        return Math.round(amount / step) * step;
    }

    private void comparison() {
        List<PlannedPage> subjects = plan.subjectsOf(page.ordinal());
        yaml.list(0, "subjects", subjects.stream().map(PlannedPage::slug).toList());
        yaml.open(0, "criteria");
        List<String> criteria = new ArrayList<>(Vocabulary.CRITERIA);
        java.util.Collections.shuffle(criteria, prose.random());
        for (String criterion : criteria.subList(0, prose.between(3, 5))) {
            yaml.item(2, "name", criterion);
            if (prose.chance(50)) {
                yaml.text(4, "note", prose.plainSentence());
            }
            yaml.open(4, "values");
            for (PlannedPage subject : subjects) {
                yaml.text(6, subject.slug(), prose.chance(5) ? "n/a" : prose.phrase());
            }
            yaml.open(4, "ratings");
            for (PlannedPage subject : subjects) {
                yaml.plain(6, subject.slug(), prose.between(1, 5));
            }
        }
        yaml.open(0, "decisions");
        for (int i = 0; i < 2; i++) {
            yaml.item(2, "use_case", prose.phrase());
            yaml.text(4, "choice", prose.pick(subjects).slug());
            yaml.text(4, "why", prose.sentence());
        }
        yaml.open(0, "choose_when");
        for (PlannedPage subject : subjects) {
            yaml.list(2, subject.slug(), List.of(prose.plainSentence(), prose.plainSentence()));
        }
    }

    private void questions() {
        yaml.text(0, "role", plan.any(Section.ROLES, prose.random()).slug());
        Set<String> frameworks = new LinkedHashSet<>();
        frameworks.add(plan.frameworkOf(page).slug());
        frameworks.addAll(frameworkSlugs(prose.between(0, 1)));
        yaml.list(0, "frameworks", List.copyOf(frameworks));
        yaml.open(0, "questions");
        int count = prose.between(3, 5);
        for (int i = 0; i < count; i++) {
            // The position makes ids unique in the guide; the words make them read like real anchors.
            String id = PageNames.slug(prose.pick(Vocabulary.VERBS) + " " + prose.pick(Vocabulary.TECH_NOUNS)) + "-" + (i + 1);
            yaml.item(2, "id", id);
            yaml.text(4, "question", "How would you " + prose.pick(Vocabulary.VERBS) + " "
                    + Prose.article(prose.pick(Vocabulary.ADJECTIVES)) + " " + prose.pick(Vocabulary.TECH_NOUNS)
                    + " in " + plan.frameworkOf(page).name() + "?");
            yaml.text(4, "category", prose.pick(Vocabulary.QUESTION_CATEGORIES));
            int first = prose.between(0, 2);
            yaml.plain(4, "level", "[" + String.join(", ", List.of(LEVELS).subList(first, prose.between(first + 1, 3)))
                    + "]");
            yaml.text(4, "reveals", prose.plainSentence());
            yaml.text(4, "surface_answer", prose.plainSentence());
            yaml.text(4, "deep_answer", prose.sentence());
            yaml.list(4, "red_flags", List.of(prose.plainSentence()));
            yaml.list(4, "follow_ups", List.of("How would you " + prose.pick(Vocabulary.VERBS) + " it at scale?"));
        }
    }

    private void role() {
        yaml.text(0, "family", prose.pick(Vocabulary.FAMILIES));
        yaml.list(0, "frameworks", frameworkSlugs(prose.between(1, 3)));
        yaml.list(0, "skills", technologies(4));
        yaml.list(0, "responsibilities", List.of(prose.phrase(), prose.phrase(), prose.phrase()));
        yaml.list(0, "requirements", List.of(prose.plainSentence(), prose.plainSentence()));
        yaml.list(0, "nice_to_have", List.of(prose.pick(Vocabulary.TECHNOLOGIES)));
        yaml.open(0, "levels");
        for (int i = 0; i < LEVELS.length; i++) {
            yaml.itemPlain(2, "level", LEVELS[i]);
            yaml.text(4, "years", YEARS[i]);
            yaml.text(4, "scope", prose.plainSentence());
            yaml.text(4, "trusted_with", prose.phrase());
            yaml.text(4, "interview_focus", prose.phrase());
        }
        yaml.open(0, "flags");
        yaml.list(2, "green", List.of(prose.plainSentence(), prose.plainSentence()));
        yaml.list(2, "yellow", List.of(prose.plainSentence()));
        yaml.list(2, "red", List.of(prose.plainSentence()));
    }

    private void framework() {
        yaml.text(0, "name", page.name());
        yaml.text(0, "language", PageNames.frameworkLanguage(page.ordinal()));
        yaml.text(0, "kind", PageNames.frameworkKind(page.ordinal()));
        yaml.text(0, "homepage", "https://" + page.slug() + ".example.org/");
        yaml.list(0, "aliases", List.of(page.name().toLowerCase(java.util.Locale.ROOT).replace(" ", "")));
        yaml.text(0, "summary", prose.sentence());
        yaml.list(0, "strengths", List.of(prose.phrase(), prose.phrase()));
        yaml.list(0, "tradeoffs", List.of(prose.phrase()));
    }

    private void term() {
        yaml.text(0, "term", page.name());
        if (prose.chance(30)) {
            yaml.list(0, "aliases", List.of(page.name().toLowerCase(java.util.Locale.ROOT)));
        }
        // Short enough for hireguide's 160-character limit, whatever words are drawn.
        yaml.text(0, "short", "How " + page.name() + " shapes " + Prose.article(prose.pick(Vocabulary.ADJECTIVES))
                + " " + prose.pick(Vocabulary.TECH_NOUNS) + ".");
        yaml.text(0, "why_it_matters", prose.sentence());
    }

    /** {@code related:} in the three forms hireguide accepts: the id, type and slug, or the bare slug. */
    private void related() {
        int count = prose.between(0, 2);
        Set<String> references = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            PlannedPage target = plan.any(prose.random());
            if (target.equals(page)) {
                continue;
            }
            references.add(switch (prose.between(0, 2)) {
                case 0 -> target.id();
                case 1 -> target.typeRef();
                default -> target.slug();
            });
        }
        if (!references.isEmpty()) {
            yaml.list(0, "related", List.copyOf(references));
        }
    }

    private List<String> frameworkSlugs(int count) {
        Set<String> slugs = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            slugs.add(plan.any(Section.FRAMEWORKS, prose.random()).slug());
        }
        return List.copyOf(slugs);
    }

    private List<String> technologies(int count) {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            names.add(prose.pick(Vocabulary.TECHNOLOGIES));
        }
        return List.copyOf(names);
    }
}
