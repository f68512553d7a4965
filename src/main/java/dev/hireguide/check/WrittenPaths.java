package dev.hireguide.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The files a build surely writes, looked up by a link's bytes as a page holds them, without
 * making the link a string: most of a page's links are site paths to its other pages, and for
 * each of them a string, its hash and a look-up in a map of every link of the site (a few cache
 * misses each, in a map too big for the cache) cost more than the rest of the page's scan. A link
 * found here is one {@link LinkCheck#leadsSomewhereFromAnyPage} finds good; a link that is not
 * found, or not plainly written (an entity, a percent escape, a fragment or query, white space at
 * its end), is left to it.
 */
final class WrittenPaths {

    private static final String INDEX = "index.html";
    /** The bytes that end the plain reading of a value: its closing quote, and those it would need decoded. */
    private static final byte[] STOPS = new byte[256];

    static {
        for (char c : "\"&%#?".toCharArray()) {
            STOPS[c] = 1;
        }
    }

    private final byte[] basePath;
    /** Every key's bytes, one after another. */
    private final byte[] keys;
    /** Three ints per slot: the key's hash, where it starts in {@link #keys} plus one (0 when the slot is empty), its length. */
    private final int[] slots;
    private final int mask;

    /**
     * @param basePath the site's base path, as {@link LinkCheck} reads it
     * @param files    output paths of files the build surely writes
     */
    WrittenPaths(String basePath, Set<String> files) {
        this.basePath = basePath.getBytes(StandardCharsets.UTF_8);
        // A folder's path leads to its index.html, as in LinkCheck#leadsSomewhereFromAnyPage.
        Set<String> paths = new LinkedHashSet<>();
        for (String file : files) {
            paths.add(file);
            if (file.equals(INDEX) || file.endsWith("/" + INDEX)) {
                paths.add(file.substring(0, file.length() - INDEX.length()));
            }
        }
        List<byte[]> all = new ArrayList<>(paths.size());
        int total = 0;
        for (String path : paths) {
            byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
            all.add(bytes);
            total += bytes.length;
        }
        int size = Integer.highestOneBit(Math.max(16, all.size() * 2 - 1)) << 1;
        this.mask = size - 1;
        this.slots = new int[size * 3];
        this.keys = new byte[total];
        int at = 0;
        for (byte[] key : all) {
            System.arraycopy(key, 0, keys, at, key.length);
            int hash = hash(key);
            int slot = spread(hash) & mask;
            while (slots[slot * 3 + 1] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot * 3] = hash;
            slots[slot * 3 + 1] = at + 1;
            slots[slot * 3 + 2] = key.length;
            at += key.length;
        }
    }

    /**
     * Whether the attribute value that starts at {@code start} in {@code html} (UTF-8, as written,
     * just after its opening double quote) is the base path and then a file this holds, written
     * plainly; false when it is not, or when telling would need the value decoded.
     */
    boolean leadsSomewhere(byte[] html, int start) {
        int from = start + basePath.length;
        if (start < 0 || from > html.length) {
            return false;
        }
        for (int k = 0; k < basePath.length; k++) {
            if (html[start + k] != basePath[k]) {
                return false;
            }
        }
        // "//host/x" is another site (a base path of "/" and a second slash; a longer base path
        // starts with one slash only).
        if (basePath.length < 2 && from < html.length && html[from] == '/') {
            return false;
        }
        // To the closing quote, in one pass: an entity, percent escape, query or fragment needs
        // the check's reading (a byte-class table, since the quick JIT tier leaves each test of a
        // chain of them in).
        int hash = 0;
        int end = from;
        while (end < html.length && STOPS[html[end] & 0xff] == 0) {
            hash = 31 * hash + html[end];
            end++;
        }
        // White space (or a byte of a character beyond ASCII, which may be white space) at the
        // end is stripped before the check reads a link.
        if (end >= html.length || html[end] != '"' || end > start && html[end - 1] <= ' ') {
            return false;
        }
        int length = end - from;
        for (int slot = spread(hash) & mask; slots[slot * 3 + 1] != 0; slot = (slot + 1) & mask) {
            int key = slots[slot * 3 + 1] - 1;
            if (slots[slot * 3] == hash && slots[slot * 3 + 2] == length
                    && Arrays.equals(html, from, end, keys, key, key + length)) {
                return true;
            }
        }
        return false;
    }

    /** The hash {@link #leadsSomewhere} works out as it reads a link. */
    private static int hash(byte[] bytes) {
        int hash = 0;
        for (int i = 0; i < bytes.length; i++) {
            hash = 31 * hash + bytes[i];
        }
        return hash;
    }

    /** Paths differ mostly in their last bytes: spread, their hashes fill the table evenly. */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
