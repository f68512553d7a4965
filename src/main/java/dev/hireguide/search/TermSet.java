package dev.hireguide.search;

import java.util.Arrays;

/**
 * A set of terms for one record at a time, cleared and used again: the index makes one per
 * record field on a big site, and a {@link java.util.HashSet} allocates an entry per term.
 * Open addressing on {@link String#hashCode()}; {@link #toArray()} gives the terms in the order
 * they were first added.
 */
final class TermSet {

    private String[] slots = new String[256];
    private String[] order = new String[128];
    /** The slot of each term in {@link #order}, so that {@link #clear()} empties only those. */
    private int[] used = new int[128];
    private int size;

    /** Adds a term; returns whether it was new. */
    boolean add(String term) {
        int slot = slot(term);
        if (slots[slot] != null) {
            return false;
        }
        slots[slot] = term;
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

    boolean contains(String term) {
        return slots[slot(term)] != null;
    }

    /** The slot that holds the term, or the empty one where it would go. */
    private int slot(String term) {
        int hash = term.hashCode();
        int mask = slots.length - 1;
        int slot = (hash ^ (hash >>> 16)) & mask;
        while (slots[slot] != null && slots[slot] != term && !slots[slot].equals(term)) {
            slot = (slot + 1) & mask;
        }
        return slot;
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
    String[] toArray(TermSet except) {
        String[] terms = new String[size];
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (except == null || !except.contains(order[i])) {
                terms[count++] = order[i];
            }
        }
        return count == size ? terms : Arrays.copyOf(terms, count);
    }

    String[] toArray() {
        return toArray(null);
    }

    /** Empties the set, keeping its room. */
    void clear() {
        for (int i = 0; i < size; i++) {
            slots[used[i]] = null;
            order[i] = null;
        }
        size = 0;
    }

    private void grow() {
        slots = new String[slots.length * 2];
        int mask = slots.length - 1;
        for (int i = 0; i < size; i++) {
            int hash = order[i].hashCode();
            int slot = (hash ^ (hash >>> 16)) & mask;
            while (slots[slot] != null) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = order[i];
            used[i] = slot;
        }
    }
}
