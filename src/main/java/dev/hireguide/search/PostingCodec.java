package dev.hireguide.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a sorted list of record numbers as a short string of 64 URL-safe characters. The list
 * is cut into segments where it has long gaps (a term common in questions and rare elsewhere),
 * and each segment takes the shortest of three forms: gaps ({@code .}), runs ({@code +}) or a
 * bitmap ({@code :}). Numbers are written 5 bits to a character, most significant first, with
 * 32 added to every character but the last. {@code search.js} reads the same forms.
 *
 * <p>A segment is its form's character, the distance from the end of the previous segment (the
 * number after its last record) to its first record, a count, and its body:
 * <ul>
 *   <li>{@code .} count−1, then the gap before each further record, minus one;</li>
 *   <li>{@code +} runs−1, the first run's length−1, then for each further run its gap and length−1;</li>
 *   <li>{@code :} the number of bitmap characters, then those characters, 6 records each, lowest bit first.</li>
 * </ul>
 */
final class PostingCodec {

    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /** A gap at least this long may start a new segment. */
    private static final int SPLIT_GAP = 64;

    private PostingCodec() {
    }

    /** The shortest encoding found for {@code ids} (sorted, no repeats, at least one). */
    static String encode(int[] ids, int count) {
        // Pieces between long gaps, merged left to right while one segment is no longer than two.
        List<Piece> segments = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= count; i++) {
            if (i == count || ids[i] - ids[i - 1] >= SPLIT_GAP) {
                Piece piece = Piece.of(ids, from, i);
                Piece last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
                if (last != null) {
                    Piece merged = last.join(piece, ids);
                    if (merged.cost() <= last.cost() + piece.cost() + 1 + digits(ids[from] - ids[last.to - 1])) {
                        segments.set(segments.size() - 1, merged);
                        from = i;
                        continue;
                    }
                }
                segments.add(piece);
                from = i;
            }
        }
        StringBuilder out = new StringBuilder();
        int prevEnd = 0;
        for (Piece segment : segments) {
            write(out, ids, segment.from, segment.to, prevEnd);
            prevEnd = ids[segment.to - 1] + 1;
        }
        return out.toString();
    }

    /** A stretch ids[from..to) and what its gaps and runs forms cost, so that merging two is cheap to judge. */
    private record Piece(int from, int to, int span, int gaps, int runs) {

        static Piece of(int[] ids, int from, int to) {
            return new Piece(from, to, ids[to - 1] - ids[from], gapsCost(ids, from, to), runsCost(ids, from, to));
        }

        Piece join(Piece next, int[] ids) {
            int gap = ids[next.from] - ids[to - 1];
            return new Piece(from, next.to, ids[next.to - 1] - ids[from], gaps + next.gaps + digits(gap - 1),
                    runs + next.runs + digits(gap));
        }

        int cost() {
            int bitmap = span / 6 + 1;
            return Math.min(Math.min(gaps, runs), bitmap + digits(bitmap));
        }
    }

    private static void write(StringBuilder out, int[] ids, int from, int to, int prevEnd) {
        int gaps = gapsCost(ids, from, to);
        int runs = runsCost(ids, from, to);
        int bitmap = bitmapCost(ids, from, to);
        if (gaps <= runs && gaps <= bitmap) {
            gaps(out, ids, from, to, prevEnd);
        } else if (runs <= bitmap) {
            runs(out, ids, from, to, prevEnd);
        } else {
            bitmap(out, ids, from, to, prevEnd);
        }
    }

    private static int gapsCost(int[] ids, int from, int to) {
        int cost = digits(to - from - 1);
        for (int i = from + 1; i < to; i++) {
            cost += digits(ids[i] - ids[i - 1] - 1);
        }
        return cost;
    }

    private static int runsCost(int[] ids, int from, int to) {
        int cost = 0;
        int runs = 0;
        int i = from;
        int end = -1;
        while (i < to) {
            int j = i;
            while (j + 1 < to && ids[j + 1] == ids[j] + 1) {
                j++;
            }
            cost += (end < 0 ? 0 : digits(ids[i] - end)) + digits(j - i);
            end = ids[j] + 1;
            runs++;
            i = j + 1;
        }
        return cost + digits(runs - 1);
    }

    private static int bitmapCost(int[] ids, int from, int to) {
        int chars = (ids[to - 1] - ids[from]) / 6 + 1;
        return digits(chars) + chars;
    }

    static void gaps(StringBuilder out, int[] ids, int from, int to, int prevEnd) {
        out.append('.');
        number(out, ids[from] - prevEnd);
        number(out, to - from - 1);
        for (int i = from + 1; i < to; i++) {
            number(out, ids[i] - ids[i - 1] - 1);
        }
    }

    static void runs(StringBuilder out, int[] ids, int from, int to, int prevEnd) {
        List<int[]> runs = new ArrayList<>();
        int i = from;
        while (i < to) {
            int j = i;
            while (j + 1 < to && ids[j + 1] == ids[j] + 1) {
                j++;
            }
            runs.add(new int[] {ids[i], j - i + 1});
            i = j + 1;
        }
        out.append('+');
        number(out, ids[from] - prevEnd);
        number(out, runs.size() - 1);
        int end = -1;
        for (int[] run : runs) {
            if (end >= 0) {
                number(out, run[0] - end);
            }
            number(out, run[1] - 1);
            end = run[0] + run[1];
        }
    }

    static void bitmap(StringBuilder out, int[] ids, int from, int to, int prevEnd) {
        int first = ids[from];
        int[] bits = new int[(ids[to - 1] - first) / 6 + 1];
        for (int i = from; i < to; i++) {
            int bit = ids[i] - first;
            bits[bit / 6] |= 1 << (bit % 6);
        }
        out.append(':');
        number(out, first - prevEnd);
        number(out, bits.length);
        for (int value : bits) {
            out.append(ALPHABET.charAt(value));
        }
    }

    /** Reads a list back, as search.js does. */
    static List<Integer> decode(String text) {
        List<Integer> ids = new ArrayList<>();
        int[] pos = {0};
        java.util.function.IntSupplier number = () -> {
            int value = 0;
            int c;
            do {
                c = ALPHABET.indexOf(text.charAt(pos[0]++));
                value = value * 32 + (c & 31);
            } while (c >= 32);
            return value;
        };
        int end = 0;
        while (pos[0] < text.length()) {
            char form = text.charAt(pos[0]++);
            int start = end + number.getAsInt();
            int count = number.getAsInt();
            switch (form) {
                case '.' -> {
                    int id = start;
                    ids.add(id);
                    for (int i = 0; i < count; i++) {
                        id += number.getAsInt() + 1;
                        ids.add(id);
                    }
                    end = id + 1;
                }
                case '+' -> {
                    int at = start;
                    for (int r = 0; r <= count; r++) {
                        if (r > 0) {
                            at += number.getAsInt();
                        }
                        int length = number.getAsInt() + 1;
                        for (int i = 0; i < length; i++) {
                            ids.add(at + i);
                        }
                        at += length;
                    }
                    end = at;
                }
                case ':' -> {
                    for (int c = 0; c < count; c++) {
                        int bits = ALPHABET.indexOf(text.charAt(pos[0]++));
                        for (int bit = 0; bit < 6; bit++) {
                            if ((bits & (1 << bit)) != 0) {
                                ids.add(start + c * 6 + bit);
                                end = start + c * 6 + bit + 1;
                            }
                        }
                    }
                }
                default -> throw new IllegalArgumentException("not a posting list: " + text);
            }
        }
        return ids;
    }

    static void number(StringBuilder out, int value) {
        int groups = digits(value);
        for (int g = groups - 1; g > 0; g--) {
            out.append(ALPHABET.charAt(32 + ((value >>> (5 * g)) & 31)));
        }
        out.append(ALPHABET.charAt(value & 31));
    }

    /** Characters {@link #number} writes for a value. */
    static int digits(int value) {
        int groups = 1;
        while (groups < 7 && (value >>> (5 * groups)) != 0) {
            groups++;
        }
        return groups;
    }
}
