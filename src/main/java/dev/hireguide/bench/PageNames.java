package dev.hireguide.bench;

import java.util.List;
import java.util.Locale;

/**
 * Names the pages of each section from the vocabulary: the i-th name of a section is always the
 * same, and names only repeat (with a number) once every combination of words is used.
 */
final class PageNames {

    private PageNames() {
    }

    /** A framework: real ones first, then made-up ones such as "Nimbus Forge". */
    static String framework(int i) {
        if (i < Vocabulary.FRAMEWORKS.size()) {
            return Vocabulary.FRAMEWORKS.get(i)[0];
        }
        int j = i - Vocabulary.FRAMEWORKS.size();
        return pick(Vocabulary.NAME_ROOTS, j) + " " + pick(Vocabulary.NAME_ENDINGS, j / Vocabulary.NAME_ROOTS.size())
                + round(j, Vocabulary.NAME_ROOTS.size() * Vocabulary.NAME_ENDINGS.size());
    }

    static String frameworkLanguage(int i) {
        return i < Vocabulary.FRAMEWORKS.size() ? Vocabulary.FRAMEWORKS.get(i)[1] : pick(Vocabulary.LANGUAGES, i);
    }

    static String frameworkKind(int i) {
        return i < Vocabulary.FRAMEWORKS.size() ? Vocabulary.FRAMEWORKS.get(i)[2] : pick(Vocabulary.KINDS, i / 3);
    }

    /** A role such as "Backend Python engineer", then per team: "Backend Python engineer, billing". */
    static String role(int i) {
        int specialties = Vocabulary.SPECIALTIES.size();
        int languages = Vocabulary.LANGUAGES.size();
        int base = specialties * languages;
        String title = pick(Vocabulary.SPECIALTIES, i) + " " + pick(Vocabulary.LANGUAGES, i / specialties) + " "
                + pick(Vocabulary.ROLE_NOUNS, (i / specialties + i) % Vocabulary.ROLE_NOUNS.size());
        int team = i / base;
        if (team == 0) {
            return title;
        }
        return title + ", " + pick(Vocabulary.TEAMS, team - 1) + round(team - 1, Vocabulary.TEAMS.size());
    }

    /** A guide is a role in a market: "Backend Python engineer: hiring in Germany". */
    static String guide(String role, int i, int roles) {
        int market = i / roles;
        return role + ": hiring in " + pick(Vocabulary.REGIONS, market).name()
                + round(market, Vocabulary.REGIONS.size());
    }

    static int guideRegion(int i, int roles) {
        return (i / roles) % Vocabulary.REGIONS.size();
    }

    /** "FastAPI interview questions: testing". */
    static String questions(String framework, int i, int frameworks) {
        int topic = i / frameworks;
        return framework + " interview questions: " + pick(Vocabulary.QUESTION_TOPICS, topic)
                + round(topic, Vocabulary.QUESTION_TOPICS.size());
    }

    /** A glossary term: "Eventual consistency", then with a context: "Eventual consistency (Kafka)". */
    static String term(int i) {
        int modifiers = Vocabulary.TERM_MODIFIERS.size();
        int base = modifiers * Vocabulary.TERM_NOUNS.size();
        String term = pick(Vocabulary.TERM_MODIFIERS, i) + " " + pick(Vocabulary.TERM_NOUNS, i / modifiers);
        int context = i / base;
        if (context == 0) {
            return term;
        }
        return term + " (" + pick(Vocabulary.TECHNOLOGIES, context - 1)
                + round(context - 1, Vocabulary.TECHNOLOGIES.size()) + ")";
    }

    /** "How we hire: structured interviews". */
    static String handbook(int i) {
        return "How we hire: " + pick(Vocabulary.HANDBOOK_TOPICS, i)
                + round(i, Vocabulary.HANDBOOK_TOPICS.size()).replace(" ", ", part ");
    }

    /** Letters and digits in lower case, every other run of characters a single dash. */
    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replace("#", "sharp").replace("+", "plus")
                .replaceAll("[^a-z0-9]+", "-");
        return slug.replaceAll("^-+|-+$", "");
    }

    private static <T> T pick(List<T> words, int i) {
        return words.get(i % words.size());
    }

    /** " 2", " 3", … once {@code i} has gone round a list of {@code size} combinations. */
    private static String round(int i, int size) {
        int round = i / size;
        return round == 0 ? "" : " " + (round + 1);
    }
}
