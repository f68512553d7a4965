package dev.hireguide.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits text into index terms: lower case, accents removed, runs of letters and digits, common
 * English words left out, each word stemmed. {@code search.js} does the same to a query.
 */
final class Tokenizer {

    /** Words too common to tell records apart; the manifest hands the list to the browser. */
    static final List<String> STOP_WORDS = List.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "can",
            "do", "does", "for", "from", "has", "have", "how", "i", "if", "in", "into", "is", "it", "its", "of",
            "on", "or", "so", "than", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was",
            "we", "what", "when", "where", "which", "who", "why", "will", "with", "would", "you", "your");

    private static final Set<String> STOP = Set.copyOf(STOP_WORDS);
    /** Stems by word (empty for stop words): a site's vocabulary is small and its words repeat, so each is stemmed once. */
    private static final Map<String, String> STEMS = new ConcurrentHashMap<>();
    /** Each thread's own table in front of {@link #STEMS}: most words of a big site are looked up many times. */
    private static final ThreadLocal<StemTable> TABLES = ThreadLocal.withInitial(StemTable::new);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Tokenizer() {
    }

    /** The words of a text, lower case and without accents, stop words included. */
    static List<String> words(String text) {
        String folded = isAscii(text) ? text.toLowerCase(Locale.ROOT)
                : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            boolean word = c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')
                    : Character.isLetterOrDigit(c);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            words.add(folded.substring(start));
        }
        return words;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The index terms of a text: its words without stop words, stemmed, in order, repeats kept. */
    static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        if (isAscii(text)) {
            asciiTerms(text.toCharArray(), TABLES.get(), terms);
        } else {
            addStems(words(text), terms);
        }
        return terms;
    }

    /**
     * Adds the index terms of a text to a set, by their {@link TermIds} numbers: the same terms
     * as {@link #terms(String)}, in one pass for ASCII text. A word with other characters sends
     * the rest of its run of non-blank characters through {@link #words(String)} (white space
     * splits words whatever the case folding and accent removal do around it).
     */
    static void addTerms(String text, TermSet into) {
        StemTable table = TABLES.get();
        // An array, not charAt: the quick JIT tier leaves String's per-character checks in.
        int length = text.length();
        char[] chars = table.chars(text);
        int segment = 0;
        int start = -1;
        for (int i = 0; i <= length; i++) {
            char c = i < length ? chars[i] : ' ';
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
                if (start < 0) {
                    start = i;
                }
                continue;
            }
            if (c >= 0x80) {
                int end = i;
                while (end < length && !isBlank(chars[end])) {
                    end++;
                }
                // Words of this run already added come again: a set keeps them once.
                for (String word : words(text.substring(segment, end))) {
                    String stem = stemOf(word);
                    if (!stem.isEmpty()) {
                        into.add(TermIds.of(stem));
                    }
                }
                start = -1;
                i = end;
                segment = end + 1;
                continue;
            }
            if (start >= 0) {
                int term = table.term(chars, start, i);
                if (term >= 0) {
                    into.add(term);
                }
                start = -1;
            }
            if (isBlank(c)) {
                segment = i + 1;
            }
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    /** The terms of ASCII text, in order. */
    private static void asciiTerms(char[] text, StemTable table, Collection<String> into) {
        int start = -1;
        int to = text.length;
        for (int i = 0; i <= to; i++) {
            char c = i < to ? text[i] : ' ';
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                addStem(table.stem(text, start, i), into);
                start = -1;
            }
        }
    }

    private static void addStems(List<String> words, Collection<String> into) {
        for (String word : words) {
            addStem(stemOf(word), into);
        }
    }

    private static void addStem(String stem, Collection<String> into) {
        if (!stem.isEmpty()) {
            into.add(stem);
        }
    }

    /** The stem of a lower-case word, or empty for a stop word. */
    private static String stemOf(String word) {
        String stem = STEMS.get(word);
        if (stem == null) {
            stem = STOP.contains(word) ? "" : PorterStemmer.stem(word);
            if (STEMS.size() < 1_000_000) {
                STEMS.put(word, stem);
            }
        }
        return stem;
    }

    /**
     * Stems by word for one thread, found from the characters of a word in the text (ASCII letters
     * and digits, either case), so that a word seen before costs no string and no shared map;
     * with each stem's {@link TermIds} number. Open addressing over lower-case words kept as
     * arrays, with their hashes.
     */
    private static final class StemTable {
        private static final int LIMIT = 1 << 19;
        private char[][] words = new char[1 << 12][];
        private int[] hashes = new int[1 << 12];
        /** Each stem's number, or -1 for a stop word. */
        private int[] terms = new int[1 << 12];
        private int size;
        private char[] buffer = new char[1024];

        /** The characters of a text in this table's buffer (which may be longer than the text). */
        char[] chars(String text) {
            if (buffer.length < text.length()) {
                buffer = new char[Math.max(text.length(), buffer.length * 2)];
            }
            text.getChars(0, text.length(), buffer, 0);
            return buffer;
        }

        String stem(char[] text, int start, int end) {
            int term = term(text, start, end);
            return term < 0 ? "" : TermIds.term(term);
        }

        /** The {@link TermIds} number of the word's stem, or -1 for a stop word. */
        int term(char[] text, int start, int end) {
            int hash = 0;
            for (int i = start; i < end; i++) {
                hash = 31 * hash + lower(text[i]);
            }
            int mask = words.length - 1;
            for (int slot = (hash ^ (hash >>> 16)) & mask; ; slot = (slot + 1) & mask) {
                char[] word = words[slot];
                if (word == null) {
                    char[] lower = new char[end - start];
                    for (int i = start; i < end; i++) {
                        lower[i - start] = lower(text[i]);
                    }
                    String stem = stemOf(new String(lower));
                    int term = stem.isEmpty() ? -1 : TermIds.of(stem);
                    if (size < LIMIT) {
                        words[slot] = lower;
                        hashes[slot] = hash;
                        terms[slot] = term;
                        if (++size * 2 > words.length) {
                            grow();
                        }
                    }
                    return term;
                }
                if (hashes[slot] == hash && matches(word, text, start, end)) {
                    return terms[slot];
                }
            }
        }

        private static char lower(char c) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }

        private static boolean matches(char[] word, char[] text, int start, int end) {
            if (word.length != end - start) {
                return false;
            }
            for (int i = start; i < end; i++) {
                if (word[i - start] != lower(text[i])) {
                    return false;
                }
            }
            return true;
        }

        private void grow() {
            char[][] oldWords = words;
            int[] oldHashes = hashes;
            int[] oldTerms = terms;
            words = new char[oldWords.length * 2][];
            hashes = new int[oldWords.length * 2];
            terms = new int[oldWords.length * 2];
            int mask = words.length - 1;
            for (int i = 0; i < oldWords.length; i++) {
                if (oldWords[i] != null) {
                    int hash = oldHashes[i];
                    int slot = (hash ^ (hash >>> 16)) & mask;
                    while (words[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    words[slot] = oldWords[i];
                    hashes[slot] = hash;
                    terms[slot] = oldTerms[i];
                }
            }
        }
    }
}
