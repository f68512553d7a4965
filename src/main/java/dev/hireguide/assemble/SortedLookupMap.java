package dev.hireguide.assemble;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An unmodifiable map that iterates in key order, for output that is the same on every
 * machine, and looks keys up by hash. A sorted map alone compares strings at every level of its
 * tree; the build looks pages up by id tens of times per page (links, backlinks, breadcrumbs),
 * and ids share long prefixes such as {@code questions/}.
 */
final class SortedLookupMap<V> extends AbstractMap<String, V> {

    private final Map<String, V> sorted;
    private final Map<String, V> hashed;

    SortedLookupMap(Map<String, V> entries) {
        this.sorted = Collections.unmodifiableMap(new TreeMap<>(entries));
        this.hashed = new HashMap<>(entries);
    }

    /** In key order; so are {@link #keySet()} and {@link #values()}, which iterate over it and look up through {@link #containsKey}. */
    @Override
    public Set<Entry<String, V>> entrySet() {
        return sorted.entrySet();
    }

    @Override
    public int size() {
        return hashed.size();
    }

    @Override
    public V get(Object key) {
        return hashed.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return hashed.containsKey(key);
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        return hashed.getOrDefault(key, defaultValue);
    }
}
