package dev.hireguide.assemble;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SortedLookupMapTest {

    private final Map<String, Integer> entries = new HashMap<>(Map.of("roles/b", 2, "questions/z", 3, "", 0, "roles/a", 1));
    private final Map<String, Integer> map = new SortedLookupMap<>(entries);

    @Test
    void iteratesInKeyOrderWhateverOrderItWasGiven() {
        assertEquals(List.of("", "questions/z", "roles/a", "roles/b"), List.copyOf(map.keySet()));
        assertEquals(List.of(0, 3, 1, 2), List.copyOf(map.values()));
        assertEquals(List.copyOf(new TreeMap<>(entries).entrySet()), List.copyOf(map.entrySet()));
        assertEquals(new TreeMap<>(entries), map);
        assertEquals(new TreeMap<>(entries).hashCode(), map.hashCode());
    }

    @Test
    void looksKeysUp() {
        assertEquals(1, map.get("roles/a"));
        assertNull(map.get("roles/c"));
        assertNull(map.get(42));
        assertTrue(map.containsKey(""));
        assertTrue(map.keySet().contains("questions/z"));
        assertFalse(map.containsKey("questions"));
        assertEquals(7, map.getOrDefault("nope", 7));
        assertEquals(4, map.size());
    }

    @Test
    void cannotBeChangedNorFollowsItsSource() {
        assertThrows(UnsupportedOperationException.class, () -> map.put("x", 9));
        assertThrows(UnsupportedOperationException.class, () -> map.remove("roles/a"));
        assertThrows(UnsupportedOperationException.class, () -> map.entrySet().clear());
        entries.put("x", 9);
        assertFalse(map.containsKey("x"));
        assertEquals(4, map.size());
    }
}
