package dev.hireguide.diag;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean …?" hints: the closest known name to a misspelt one. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The candidate closest to {@code wrong}, if one is close enough to be a likely typo. */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        String lower = wrong.toLowerCase(java.util.Locale.ROOT);
        return candidates.stream()
                .filter(c -> distance(lower, c.toLowerCase(java.util.Locale.ROOT)) <= Math.max(2, c.length() / 3))
                .min(Comparator.comparingInt((String c) -> distance(lower, c.toLowerCase(java.util.Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** {@code did you mean `x`?} or, when nothing is close, the list of what is allowed. */
    public static String didYouMean(String wrong, Collection<String> candidates, String listLabel) {
        return closest(wrong, candidates)
                .map(c -> "did you mean `" + c + "`?")
                .orElse(listLabel + ": " + String.join(", ", candidates.stream().sorted().toList()));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
