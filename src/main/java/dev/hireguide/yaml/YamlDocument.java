package dev.hireguide.yaml;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hireguide.diag.SourcePosition;

import java.util.Map;
import java.util.Objects;

/**
 * A parsed YAML mapping as a Jackson tree, with the position in the source file of every node.
 *
 * <p>Positions are keyed by JSON Pointer: {@code ""} is the root (always line 1, column 1 of the
 * YAML text), {@code "/title"} a field, {@code "/market/salary/0/min"} a field of a list item.
 * The tree is shared, not copied: treat {@code root} as read-only.
 *
 * @param file         the path printed in diagnostics
 * @param root         the mapping; empty for an empty YAML text
 * @param positions    where each node's value starts
 * @param keyPositions where the key of each mapping entry starts, keyed by the entry's pointer
 */
public record YamlDocument(String file, ObjectNode root, Map<String, SourcePosition> positions,
                           Map<String, SourcePosition> keyPositions) {

    public YamlDocument {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(root, "root");
        positions = Map.copyOf(positions);
        keyPositions = Map.copyOf(keyPositions);
    }

    /** A document without key positions; {@link #keyPositionOf} then falls back to value positions. */
    public YamlDocument(String file, ObjectNode root, Map<String, SourcePosition> positions) {
        this(file, root, positions, Map.of());
    }

    /** Position of the node at {@code pointer}; falls back to the nearest ancestor that has one. */
    public SourcePosition positionOf(String pointer) {
        String p = pointer == null ? "" : pointer;
        while (true) {
            SourcePosition found = positions.get(p);
            if (found != null) {
                return found;
            }
            if (p.isEmpty()) {
                return SourcePosition.of(file);
            }
            p = Pointers.parent(p);
        }
    }

    /** Position of the key of the field at {@code pointer} (for "unknown key" messages); falls back to {@link #positionOf}. */
    public SourcePosition keyPositionOf(String pointer) {
        SourcePosition key = pointer == null ? null : keyPositions.get(pointer);
        return key != null ? key : positionOf(pointer);
    }
}
