package dev.hireguide.search;

import java.text.Normalizer;
import java.util.ArrayList;
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
        if (!isAscii(text)) {
            for (String word : words(text)) {
                String stem = stemOf(word);
                if (!stem.isEmpty()) {
                    terms.add(stem);
                }
            }
            return terms;
        }
        // The common case, in one pass: ASCII letters and digits, lower-cased word by word.
        int start = -1;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            char c = i < length ? text.charAt(i) : ' ';
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                String stem = stemOf(text.substring(start, i).toLowerCase(Locale.ROOT));
                if (!stem.isEmpty()) {
                    terms.add(stem);
                }
                start = -1;
            }
        }
        return terms;
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
}
