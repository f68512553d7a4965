package dev.hireguide.search;

import java.util.Arrays;

/**
 * A set of terms for one record at a time, by their {@link TermIds} numbers, cleared and used
 * again: the index makes one per record field on a big site, and a {@link java.util.HashSet}
 * allocates an entry per term. Open addressing; {@link #toArray()} gives the terms in the order
 * they were first added.
 */
final class TermSet {

    /** Each slot holds a term's number plus one, zero when empty. */
    private int[] slots = new int[256];
    private int[] order = new int[128];
    /** The slot of each term in {@link #order}, so that {@link #clear()} empties only those. */
    private int[] used = new int[128];
    private int size;

    /** Adds a term; returns whether it was new. */
    boolean add(int term) {
        int slot = slot(term);
        if (slots[slot] != 0) {
            return false;
        }
        slots[slot] = term + 1;
        if (size == order.length) {
            order = Arrays.copyOf(order, size * 2);
            used = Arrays.copyOf(used, size * 2);
        }
        used[size] = slot;
        order[size++] = term;
        if (size * 2 > slots.length) {
            grow();
        }
        return true;
    }

    boolean contains(int term) {
        return slots[slot(term)] != 0;
    }

    /** The slot that holds the term, or the empty one where it would go. */
    private int slot(int term) {
        int mask = slots.length - 1;
        int slot = spread(term) & mask;
        while (slots[slot] != 0 && slots[slot] != term + 1) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Numbers come in runs as a site's words are first met: spread, they fill the table evenly. */
    private static int spread(int term) {
        int hash = term * 0x9E3779B9;
        return hash ^ (hash >>> 16);
    }

    int size() {
        return size;
    }

    /** Adds every term of another set. */
    void addAll(TermSet other) {
        for (int i = 0; i < other.size; i++) {
            add(other.order[i]);
        }
    }

    /** The terms, in the order they were first added, less those in {@code except} (when not null). */
    int[] toArray(TermSet except) {
        int[] terms = new int[size];
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (except == null || !except.contains(order[i])) {
                terms[count++] = order[i];
            }
        }
        return count == size ? terms : Arrays.copyOf(terms, count);
    }

    int[] toArray() {
        return toArray(null);
    }

    /** Empties the set, keeping its room. */
    void clear() {
        for (int i = 0; i < size; i++) {
            slots[used[i]] = 0;
        }
        size = 0;
    }

    private void grow() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int i = 0; i < size; i++) {
            int slot = spread(order[i]) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = order[i] + 1;
            used[i] = slot;
        }
    }
}
