package dev.hireguide.search;

/**
 * Writes a sorted list of record numbers as a short string of 64 URL-safe characters, in
 * whichever of three forms is shortest: gaps ({@code .}), a bitmap ({@code :}) or runs ({@code +}).
 * Numbers are written 5 bits to a character, most significant first, with 32 added to every
 * character but the last. {@code search.js} reads the same forms.
 */
final class PostingCodec {

    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private PostingCodec() {
    }

    /** The shortest form of {@code ids} (sorted, no repeats, at least one). */
    static String encode(int[] ids, int count) {
        String best = gaps(ids, count);
        String runs = runs(ids, count);
        if (runs.length() < best.length()) {
            best = runs;
        }
        // A bitmap costs a character per 6 numbers of the span, so only try it when it can win.
        if ((ids[count - 1] - ids[0]) / 6 < best.length()) {
            String bitmap = bitmap(ids, count);
            if (bitmap.length() < best.length()) {
                best = bitmap;
            }
        }
        return best;
    }

    static String gaps(int[] ids, int count) {
        StringBuilder out = new StringBuilder(count + 2).append('.');
        number(out, ids[0]);
        for (int i = 1; i < count; i++) {
            number(out, ids[i] - ids[i - 1] - 1);
        }
        return out.toString();
    }

    static String runs(int[] ids, int count) {
        StringBuilder out = new StringBuilder().append('+');
        int end = 0;
        int i = 0;
        while (i < count) {
            int start = ids[i];
            int j = i;
            while (j + 1 < count && ids[j + 1] == ids[j] + 1) {
                j++;
            }
            number(out, start - end);
            number(out, j - i);
            end = ids[j] + 1;
            i = j + 1;
        }
        return out.toString();
    }

    static String bitmap(int[] ids, int count) {
        int first = ids[0];
        StringBuilder out = new StringBuilder().append(':');
        number(out, first);
        int span = ids[count - 1] - first + 1;
        int[] bits = new int[(span + 5) / 6];
        for (int i = 0; i < count; i++) {
            int bit = ids[i] - first;
            bits[bit / 6] |= 1 << (bit % 6);
        }
        for (int value : bits) {
            out.append(ALPHABET.charAt(value));
        }
        return out.toString();
    }

    /** Reads any of the three forms back, as search.js does. */
    static java.util.List<Integer> decode(String text) {
        java.util.List<Integer> ids = new java.util.ArrayList<>();
        int[] pos = {1};
        java.util.function.IntSupplier number = () -> {
            int value = 0;
            int c;
            do {
                c = ALPHABET.indexOf(text.charAt(pos[0]++));
                value = value * 32 + (c & 31);
            } while (c >= 32);
            return value;
        };
        switch (text.charAt(0)) {
            case '.' -> {
                int id = number.getAsInt();
                ids.add(id);
                while (pos[0] < text.length()) {
                    id += number.getAsInt() + 1;
                    ids.add(id);
                }
            }
            case '+' -> {
                int end = 0;
                while (pos[0] < text.length()) {
                    int start = end + number.getAsInt();
                    int count = number.getAsInt() + 1;
                    for (int i = 0; i < count; i++) {
                        ids.add(start + i);
                    }
                    end = start + count;
                }
            }
            case ':' -> {
                int first = number.getAsInt();
                for (int at = pos[0]; at < text.length(); at++) {
                    int bits = ALPHABET.indexOf(text.charAt(at));
                    for (int bit = 0; bit < 6; bit++) {
                        if ((bits & (1 << bit)) != 0) {
                            ids.add(first + (at - pos[0]) * 6 + bit);
                        }
                    }
                }
            }
            default -> throw new IllegalArgumentException("not a posting list: " + text);
        }
        return ids;
    }

    static void number(StringBuilder out, int value) {
        int groups = 1;
        while (groups < 7 && (value >>> (5 * groups)) != 0) {
            groups++;
        }
        for (int g = groups - 1; g > 0; g--) {
            out.append(ALPHABET.charAt(32 + ((value >>> (5 * g)) & 31)));
        }
        out.append(ALPHABET.charAt(value & 31));
    }
}
