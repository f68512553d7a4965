package dev.hireguide.markdown;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The glossary's shortcuts change nothing: its character tests answer as {@link Character}'s
 * do, and its search finds what comparing every name at every word finds.
 */
class GlossaryCharactersTest {

    /** Words of names and texts: shared first words, capitals, letters that equal ASCII ones when case is ignored. */
    private static final String[] WORDS = {"atomic", "Atomic", "ATOMIC", "caching", "cache", "cachING", "JWT", "jwt",
            "CI/CD", "k", "\u212A", "i", "\u0130", "s", "\u017F", "\u00e9t\u00e9", "2fa", "Node.js", "node", "a-b",
            "ak", "a\u212A", "ss", "s\u017F", "st", "\u4e2d\u6587", "why?", "x\u4e2d"};
    private static final String[] GAPS = {" ", " ", "  ", ", ", ".", "-", "/", "(", ")", "\u00a0"};

    @Test
    void findsWhatComparingEveryNameFinds() {
        Random random = new Random(3);
        for (int run = 0; run < 3_000; run++) {
            List<GlossaryTerm> terms = new ArrayList<>();
            // Every fourth glossary is big, so that many names share a first word and are split by the next character.
            for (int t = run % 4 == 0 ? 40 + random.nextInt(40) : random.nextInt(12); t >= 0; t--) {
                List<String> names = new ArrayList<>();
                for (int k = 1 + random.nextInt(2); k > 0; k--) {
                    names.add(words(random, 1 + random.nextInt(3)));
                }
                terms.add(new GlossaryTerm("glossary/t" + t, "/glossary/t" + t + "/", "", names));
            }
            String excluded = random.nextInt(4) == 0 ? "glossary/t0" : null;
            Glossary glossary = excluded == null ? Glossary.of(terms) : Glossary.of(terms).without(excluded);
            String text = words(random, random.nextInt(14));
            List<Glossary.Match> expected = byEveryName(terms, excluded, text);
            assertEquals(expected, glossary.find(text), terms + " in: " + text);
            // As the Markdown renderer finds it: the text a piece of a page, read in the page's Latin-1 copy.
            String before = run % 3 == 0 ? "\uD83D\uDE80 \u4e2d " : "a? ";
            String page = before + text + " \u00e9?";
            assertEquals(expected, glossary.find(text, MarkdownRenderer.latin1(page), before.length()), terms + " in: " + text);
        }
    }

    private static String words(Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(GAPS[random.nextInt(GAPS.length)]);
            }
            out.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return out.toString();
    }

    /** The search without shortcuts: at each word start, every name, longest first. */
    private static List<Glossary.Match> byEveryName(List<GlossaryTerm> terms, String excluded, String text) {
        record Candidate(String name, GlossaryTerm term) {
        }
        List<Candidate> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (GlossaryTerm term : terms) {
            for (String name : term.names()) {
                if (Character.isLetterOrDigit(name.charAt(0)) && seen.add(name.toLowerCase(Locale.ROOT))) {
                    names.add(new Candidate(name, term));
                }
            }
        }
        names.sort(Comparator.comparingInt((Candidate c) -> -c.name().length()));
        List<Glossary.Match> matches = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i)) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            Glossary.Match found = null;
            for (Candidate c : names) {
                int end = i + c.name().length();
                boolean firstWordAlike = firstWord(c.name()).equals(firstWord(text.substring(i)));
                if (firstWordAlike && end <= text.length() && !c.term().id().equals(excluded)
                        && text.regionMatches(!Glossary.isCapitals(c.name()), i, c.name(), 0, c.name().length())
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                    found = new Glossary.Match(i, end, c.term());
                    break;
                }
            }
            if (found != null) {
                matches.add(found);
                i = found.end();
            } else {
                int end = i;
                while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                    end++;
                }
                i = end;
            }
        }
        return matches;
    }

    private static String firstWord(String s) {
        int end = 0;
        while (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
            end++;
        }
        StringBuilder lower = new StringBuilder();
        for (int k = 0; k < end; k++) {
            lower.append(Character.toLowerCase(s.charAt(k)));
        }
        return lower.toString();
    }

    @Test
    void wordCharactersAndLowerCaseAreCharactersOwn() {
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertEquals(Character.isLetterOrDigit(c), Glossary.isWordChar(c), "U+" + Integer.toHexString(i));
            assertEquals(Character.toLowerCase(c), Glossary.toLowerCase(c), "U+" + Integer.toHexString(i));
        }
    }
}
