package dev.hireguide.bench;

import java.util.List;
import java.util.Random;

/**
 * Sentences, phrases and paragraphs built from the {@link Vocabulary}, with the inline Markdown
 * a real page has (emphasis, strong text, inline code). Everything comes from one
 * {@link Random}, so a page's seed decides its text.
 */
final class Prose {

    private final Random random;

    Prose(Random random) {
        this.random = random;
    }

    Random random() {
        return random;
    }

    <T> T pick(List<T> words) {
        return words.get(random.nextInt(words.size()));
    }

    /** A number from {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    /** One sentence of ordinary length, ending with a period. */
    String sentence() {
        String tech = markup(pick(Vocabulary.TECH_NOUNS));
        String hiring = pick(Vocabulary.HIRING_NOUNS);
        String people = pick(Vocabulary.PEOPLE);
        String adjective = emphasis(pick(Vocabulary.ADJECTIVES));
        String text = switch (random.nextInt(6)) {
            case 0 -> pick(Vocabulary.OPENERS) + " " + people + " " + pick(Vocabulary.VERBS) + " " + article(adjective)
                    + " " + tech + " " + pick(Vocabulary.LINKERS) + " the " + hiring + " is still open";
            case 1 -> article(adjective) + " " + hiring + " shows whether " + pick(Vocabulary.PEOPLE) + " can "
                    + pick(Vocabulary.VERBS) + " the " + tech + " in " + pick(Vocabulary.TECHNOLOGIES);
            case 2 -> "Ask how they would " + pick(Vocabulary.VERBS) + " the " + tech + " " + pick(Vocabulary.LINKERS)
                    + " the " + pick(Vocabulary.TECH_NOUNS) + " is " + pick(Vocabulary.ADJECTIVES);
            case 3 -> pick(Vocabulary.OPENERS) + " the " + hiring + " takes " + between(2, 5) + " to "
                    + between(6, 12) + " weeks, " + pick(Vocabulary.LINKERS) + " " + people + " "
                    + pick(Vocabulary.VERBS) + " the " + tech + " first";
            case 4 -> "Look for " + adjective + " experience with " + pick(Vocabulary.TECHNOLOGIES) + " and "
                    + pick(Vocabulary.TECHNOLOGIES) + ", not just " + article(pick(Vocabulary.ADJECTIVES)) + " "
                    + hiring;
            default -> capitalise(people) + " who " + pick(Vocabulary.VERBS) + " " + article(pick(Vocabulary.ADJECTIVES))
                    + " " + tech + " every week " + strong("tend to " + pick(Vocabulary.VERBS) + " the " + hiring)
                    + " well";
        };
        return capitalise(text) + ".";
    }

    /** {@code count} sentences as one paragraph. */
    String paragraph(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(sentence());
        }
        return text.toString();
    }

    /** A short plain phrase for a heading, a list item or a table cell: "Review flaky test suite". */
    String phrase() {
        return capitalise(pick(Vocabulary.VERBS) + " the " + pick(Vocabulary.ADJECTIVES) + " "
                + pick(Vocabulary.TECH_NOUNS));
    }

    /** A short sentence without Markdown, for front matter fields read as text. */
    String plainSentence() {
        return capitalise(pick(Vocabulary.PEOPLE) + " " + pick(Vocabulary.VERBS) + " "
                + article(pick(Vocabulary.ADJECTIVES)) + " " + pick(Vocabulary.TECH_NOUNS) + " "
                + pick(Vocabulary.LINKERS) + " the " + pick(Vocabulary.HIRING_NOUNS) + " matters") + ".";
    }

    private String markup(String word) {
        int roll = random.nextInt(100);
        return roll < 8 ? "`" + word + "`" : word;
    }

    private String emphasis(String word) {
        return random.nextInt(100) < 8 ? "*" + word + "*" : word;
    }

    private String strong(String words) {
        return random.nextInt(100) < 10 ? "**" + words + "**" : words;
    }

    /** "a" or "an" before a word, judged on its first letter after any Markdown mark. */
    static String article(String word) {
        String bare = word.replaceAll("^[*`]+", "");
        boolean vowel = !bare.isEmpty() && "aeiouAEIOU".indexOf(bare.charAt(0)) >= 0;
        return (vowel ? "an " : "a ") + word;
    }

    static String capitalise(String text) {
        int first = 0;
        while (first < text.length() && !Character.isLetter(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        return text.substring(0, first) + Character.toUpperCase(text.charAt(first)) + text.substring(first + 1);
    }
}
