package dev.hireguide.yaml;

import dev.hireguide.diag.SourcePosition;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class YamlPositionsTest {

    private static final String FILE = "content/guides/a.md";

    @Test
    void findsEachPointerAndFallsBackToTheNearestAncestor() {
        YamlPositions positions = YamlPositions.of(FILE,
                Map.of("", at(2, 1), "/market", at(5, 3), "/market/salary/0", at(7, 7)),
                Map.of("/market", at(5, 1)));
        assertEquals(at(7, 7), positions.positionOf("/market/salary/0"));
        assertEquals(at(5, 3), positions.positionOf("/market/salary/1/min"));
        assertEquals(at(2, 1), positions.positionOf("/title"));
        assertEquals(at(5, 1), positions.keyPositionOf("/market"));
        assertEquals(at(7, 7), positions.keyPositionOf("/market/salary/0"));
        assertEquals(at(2, 1), positions.positionOf(null));
        assertEquals(SourcePosition.of(FILE), YamlPositions.of(FILE, Map.of(), Map.of()).positionOf("/x"));
    }

    @Test
    void positionsOfTheSameTextAreEqual() {
        Map<String, SourcePosition> values = Map.of("", at(2, 1), "/a", at(3, 4));
        YamlPositions one = YamlPositions.of(FILE, values, Map.of("/a", at(3, 1)));
        YamlPositions same = YamlPositions.of(FILE, new HashMap<>(values), Map.of("/a", at(3, 1)));
        assertEquals(one, same);
        assertEquals(one.hashCode(), same.hashCode());
        assertNotEquals(one, YamlPositions.of(FILE, values, Map.of("/a", at(3, 2))));
        assertNotEquals(one, YamlPositions.of(FILE, Map.of("", at(2, 1), "/a", at(3, 5)), Map.of("/a", at(3, 1))));
        assertNotEquals(one, YamlPositions.of("content/b.md", Map.of(), Map.of()));
    }

    @Test
    void refusesAPositionInAnotherFile() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> YamlPositions.of(FILE, Map.of("/a", SourcePosition.of("content/b.md", 1, 1)), Map.of()));
        assertEquals("a position in content/b.md among the positions of " + FILE, e.getMessage());
    }

    /** Random pointer sets, prefixes of each other and with escapes: the answers of the maps they replace. */
    @Test
    void answersAsTheMapsOfPositionsDid() {
        String[] tokens = {"a", "b", "ab", "a~1b", "~0", "0", "10", "2", "é", "salary", "", "Z"};
        Random random = new Random(5);
        for (int run = 0; run < 2_000; run++) {
            List<String> pointers = new ArrayList<>();
            for (int i = random.nextInt(40); i >= 0; i--) {
                StringBuilder pointer = new StringBuilder();
                for (int depth = random.nextInt(4); depth > 0; depth--) {
                    pointer.append('/').append(tokens[random.nextInt(tokens.length)]);
                }
                pointers.add(pointer.toString());
            }
            Map<String, SourcePosition> values = new HashMap<>();
            Map<String, SourcePosition> keys = new HashMap<>();
            for (String pointer : pointers) {
                if (random.nextInt(5) > 0) {
                    values.put(pointer, at(random.nextInt(90), random.nextInt(40)));
                }
                if (random.nextInt(3) == 0) {
                    keys.put(pointer, at(random.nextInt(90), random.nextInt(40)));
                }
            }
            YamlPositions positions = YamlPositions.of(FILE, values, keys);
            for (int probe = 0; probe < 30; probe++) {
                String pointer = random.nextBoolean() && !pointers.isEmpty()
                        ? pointers.get(random.nextInt(pointers.size()))
                        : "/" + tokens[random.nextInt(tokens.length)] + (random.nextBoolean() ? "/0" : "");
                assertEquals(positionByMap(values, pointer), positions.positionOf(pointer), pointer);
                SourcePosition key = keys.get(pointer);
                assertEquals(key != null ? key : positionByMap(values, pointer), positions.keyPositionOf(pointer), pointer);
            }
        }
    }

    /** What YamlDocument.positionOf answered from its map. */
    private static SourcePosition positionByMap(Map<String, SourcePosition> values, String pointer) {
        String p = pointer;
        while (true) {
            SourcePosition found = values.get(p);
            if (found != null) {
                return found;
            }
            if (p.isEmpty()) {
                return SourcePosition.of(FILE);
            }
            p = Pointers.parent(p);
        }
    }

    private static SourcePosition at(int line, int column) {
        return SourcePosition.of(FILE, line, column);
    }
}
