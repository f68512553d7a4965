package dev.hireguide.markdown;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Finds mentions of glossary terms in text. A mention is a whole word or run of words: the
 * characters on either side are not letters or digits. A name in capitals only, such as
 * {@code JWT} or {@code CI/CD}, matches only in capitals, so that {@code REST} does not match
 * "the rest"; other names match in any case. Built once per build and shared by all pages
 * (immutable, so thread-safe); names are looked up by their first word, so a text costs one
 * map look-up per word whatever the size of the glossary, and a bit test for most words: those
 * whose lower-case hash is no first word's.
 */
public final class Glossary {

    /** No terms: nothing is linked. */
    public static final Glossary NONE = new Glossary(Map.of(), new long[1024], null);

    /**
     * A name of a term. {@code next} is the name's character at {@code nextAt}, one past the end
     * of its first word (the start of the second when one character separates them), in lower
     * case when that is ASCII; 0 when the name is shorter or the character is not ASCII. Any
     * character of the name would do: the text must have it at the same place. Names that share a first word
     * (a glossary may have a hundred "Atomic …" terms) mostly differ right there, so the text's
     * character there settles most of them without comparing the whole name.
     */
    private record Name(String text, boolean exactCase, GlossaryTerm term, int nextAt, char next) {

        Name(String text, boolean exactCase, GlossaryTerm term, int firstWordLength) {
            this(text, exactCase, term, firstWordLength + 1, asciiLowerAt(text, firstWordLength + 1));
        }

        /** False only when this name cannot start at {@code start} in {@code page}, by its {@link #next} character. */
        boolean mayMatch(String page, int start) {
            int at = start + nextAt;
            if (next == 0 || at >= page.length()) {
                return true;
            }
            char c = page.charAt(at);
            // Only ASCII against ASCII is settled here: some other characters (the long s, the
            // Kelvin sign) equal ASCII letters when case is ignored.
            return c >= 128 || (exactCase ? c == text.charAt(nextAt) : toLowerCase(c) == next);
        }
    }

    /**
     * The names that share a first word, longest first. All of them have their {@link Name#next}
     * character at the same place, {@code nextAt}. A long list is also kept split by that
     * character, ASCII in lower case: {@code byNext[c]} holds, in the same order, the names whose
     * next character is {@code c} and those with none, which is every name that can start where
     * the text has {@code c} there; and a long one of those again by the character after it
     * ({@code byNextTwo[c][d]}, likewise). A big site's glossary has hundreds of names for a first
     * word ("Strong backoff (Go)", "Strong consistency" …), and the text has that word often:
     * going through all of them at every mention made linking grow with the square of the site.
     */
    private record Names(List<Name> all, int nextAt, List<Name>[] byNext, List<Name>[][] byNextTwo) {

        /** How many names a list has before it is split by a character. */
        static final int SPLIT = 8;

        static Names of(List<Name> sorted) {
            int nextAt = sorted.get(0).nextAt();
            if (sorted.size() < SPLIT) {
                return new Names(List.copyOf(sorted), nextAt, null, null);
            }
            List<Name>[] byNext = split(sorted, nextAt);
            @SuppressWarnings("unchecked")
            List<Name>[][] byNextTwo = new List[128][];
            for (int c = 0; c < 128; c++) {
                if (byNext[c].size() >= SPLIT) {
                    byNextTwo[c] = split(byNext[c], nextAt + 1);
                }
            }
            return new Names(List.copyOf(sorted), nextAt, byNext, byNextTwo);
        }

        /** {@code names} by their character at {@code at}: each list has the names with that character and those with none. */
        private static List<Name>[] split(List<Name> names, int at) {
            @SuppressWarnings("unchecked")
            List<Name>[] split = new List[128];
            for (char c = 0; c < 128; c++) {
                List<Name> kept = new ArrayList<>();
                for (Name name : names) {
                    char own = asciiLowerAt(name.text(), at);
                    if (own == 0 || own == c) {
                        kept.add(name);
                    }
                }
                split[c] = List.copyOf(kept);
            }
            return split;
        }

        /** The names that can start at {@code start} in {@code text}, by the text's characters from {@code nextAt}. */
        List<Name> at(String text, int start) {
            int at = start + nextAt;
            if (byNext == null || at >= text.length()) {
                return all;
            }
            char c = text.charAt(at);
            // Beyond ASCII, every name may match: some characters equal ASCII letters when case is
            // ignored (the Kelvin sign, the long s), which Name.mayMatch and regionMatches let through.
            if (c >= 128) {
                return all;
            }
            int first = toLowerCase(c);
            List<Name>[] second = byNextTwo[first];
            if (second != null && at + 1 < text.length()) {
                char d = text.charAt(at + 1);
                if (d < 128) {
                    return second[toLowerCase(d)];
                }
            }
            return byNext[first];
        }
    }

    private static char asciiLowerAt(String text, int i) {
        if (i >= text.length() || text.charAt(i) >= 128) {
            return 0;
        }
        return toLowerCase(text.charAt(i));
    }

    /** A mention found in a text: characters {@code start} to {@code end}. */
    public record Match(int start, int end, GlossaryTerm term) {
    }

    private static final boolean[] ASCII_WORD = new boolean[128];
    /** What a byte of a Latin-1 copy says of its character: not a word's, a word's, or look at the character itself. */
    private static final byte NOT_WORD = 0;
    private static final byte WORD = 1;
    private static final byte LOOK = 2;
    private static final byte[] LATIN1_KIND = new byte[256];
    /** Each Latin-1 character in lower case, as {@link #toLowerCase} gives it. */
    private static final char[] LATIN1_LOWER = new char[256];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
        for (char c = 0; c < 256; c++) {
            LATIN1_KIND[c] = Character.isLetterOrDigit(c) ? WORD : NOT_WORD;
            LATIN1_LOWER[c] = toLowerCase(c);
        }
        // A question mark in the copy is one, or stands for a character beyond Latin-1.
        LATIN1_KIND['?'] = LOOK;
    }

    private final Map<String, Names> byFirstWord;
    /** A bit per first word's {@link String#hashCode}, folded to 16 bits: a word whose bit is clear starts no name. */
    private final long[] firstWordBits;
    private final String excluded;

    private Glossary(Map<String, Names> byFirstWord, long[] firstWordBits, String excluded) {
        this.byFirstWord = byFirstWord;
        this.firstWordBits = firstWordBits;
        this.excluded = excluded;
    }

    private static int bit(int hash) {
        return (hash ^ (hash >>> 16)) & 0xFFFF;
    }

    /** A glossary of these terms. Of two terms with the same name, the one first in the list wins. */
    public static Glossary of(Collection<GlossaryTerm> terms) {
        Map<String, List<Name>> index = new HashMap<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (GlossaryTerm term : terms) {
            for (String name : term.names()) {
                String key = firstWord(name);
                if (key.isEmpty() || seen.putIfAbsent(name.toLowerCase(Locale.ROOT), true) != null) {
                    continue;
                }
                index.computeIfAbsent(key, k -> new ArrayList<>()).add(new Name(name, isCapitals(name), term, key.length()));
            }
        }
        // Longest first, so that "JSON Web Token" wins over "JSON" at the same place.
        index.values().forEach(names -> names.sort(Comparator.comparingInt((Name n) -> -n.text().length())));
        long[] bits = new long[1024];
        for (String key : index.keySet()) {
            int bit = bit(key.hashCode());
            bits[bit >>> 6] |= 1L << bit;
        }
        Map<String, Names> byFirstWord = new HashMap<>();
        index.forEach((key, names) -> byFirstWord.put(key, Names.of(names)));
        return new Glossary(Map.copyOf(byFirstWord), bits, null);
    }

    /** The same glossary without the term whose page has this id (a term's own page does not link to itself). */
    public Glossary without(String id) {
        return new Glossary(byFirstWord, firstWordBits, id);
    }

    public boolean isEmpty() {
        return byFirstWord.isEmpty();
    }

    /** Every mention in {@code text}, in order, none overlapping; the longest name wins where several start. */
    public List<Match> find(CharSequence source) {
        List<Match> matches = new ArrayList<>();
        String text = source.toString();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isWordChar(text.charAt(i)) || (i > 0 && isWordChar(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            // The word's lower-case hash as String.hashCode would give it, without making the string.
            int hash = 0;
            int wordEnd = i;
            for (char c; wordEnd < n && isWordChar(c = text.charAt(wordEnd)); wordEnd++) {
                hash = 31 * hash + toLowerCase(c);
            }
            Match match = mentionAt(text, i, wordEnd, hash);
            if (match == null) {
                i = wordEnd;
                continue;
            }
            matches.add(match);
            i = match.end();
        }
        return matches;
    }

    /** The mention that starts with the word from {@code start} to {@code wordEnd}, whose lower-case hash is {@code hash}; or null. */
    private Match mentionAt(String text, int start, int wordEnd, int hash) {
        int bit = bit(hash);
        if ((firstWordBits[bit >>> 6] & (1L << bit)) == 0) {
            return null;
        }
        return matchAt(text, start, lowerCase(text.substring(start, wordEnd)));
    }

    /**
     * {@link #find(CharSequence)} of {@code text}, which is the piece from {@code offset} of a text
     * whose copy {@code latin1} is (as {@link MarkdownRenderer#latin1} makes it): words are read in
     * the copy, and only a {@code ?} there (a question mark, or a character beyond Latin-1) is
     * looked at in the text itself.
     */
    List<Match> find(String text, byte[] latin1, int offset) {
        List<Match> matches = null;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isWordAt(text, latin1, offset, i) || (i > 0 && isWordAt(text, latin1, offset, i - 1))) {
                i++;
                continue;
            }
            int hash = 0;
            int wordEnd = i;
            while (wordEnd < n) {
                int b = latin1[offset + wordEnd] & 0xff;
                char lower;
                if (LATIN1_KIND[b] == WORD) {
                    lower = LATIN1_LOWER[b];
                } else if (LATIN1_KIND[b] == LOOK && isWordChar(text.charAt(wordEnd))) {
                    lower = toLowerCase(text.charAt(wordEnd));
                } else {
                    break;
                }
                hash = 31 * hash + lower;
                wordEnd++;
            }
            Match match = mentionAt(text, i, wordEnd, hash);
            if (match == null) {
                i = wordEnd;
                continue;
            }
            if (matches == null) {
                matches = new ArrayList<>();
            }
            matches.add(match);
            i = match.end();
        }
        return matches == null ? List.of() : matches;
    }

    private static boolean isWordAt(String text, byte[] latin1, int offset, int i) {
        byte kind = LATIN1_KIND[latin1[offset + i] & 0xff];
        return kind == WORD || kind == LOOK && isWordChar(text.charAt(i));
    }

    private Match matchAt(String text, int start, String word) {
        Names names = byFirstWord.get(word);
        if (names == null) {
            return null;
        }
        for (Name name : names.at(text, start)) {
            int end = start + name.text().length();
            if (end > text.length() || !name.mayMatch(text, start)) {
                continue;
            }
            if (text.regionMatches(!name.exactCase(), start, name.text(), 0, name.text().length())
                    && (end == text.length() || !isWordChar(text.charAt(end)))
                    && !Objects.equals(name.term().id(), excluded)) {
                return new Match(start, end, name.term());
            }
        }
        return null;
    }

    /** A name with capital letters and no small ones: an acronym such as {@code JWT}. */
    static boolean isCapitals(String name) {
        boolean upper = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            upper |= Character.isUpperCase(c);
        }
        return upper;
    }

    private static String firstWord(String name) {
        int end = 0;
        while (end < name.length() && isWordChar(name.charAt(end))) {
            end++;
        }
        return lowerCase(name.substring(0, end));
    }

    /** Lower case character by character, so that offsets in the result are offsets in the text. */
    private static String lowerCase(CharSequence text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = toLowerCase(text.charAt(i));
        }
        return new String(chars);
    }

    /**
     * A letter or digit. ASCII, most of the text, is looked up in a table: under the JIT's quick
     * tier, {@link Character#isLetterOrDigit(char)} is several calls a character.
     */
    static boolean isWordChar(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    /** {@link Character#toLowerCase(char)}, with ASCII done here for the same reason. */
    static char toLowerCase(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }
}
