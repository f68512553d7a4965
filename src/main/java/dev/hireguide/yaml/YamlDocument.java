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
 * The tree is shared, not copied: treat {@code root} as read-only. Later stages keep only the
 * {@link #positions()}.
 *
 * @param file      the path printed in diagnostics
 * @param root      the mapping; empty for an empty YAML text
 * @param positions where each node's value, and the key of each mapping entry, starts
 */
public record YamlDocument(String file, ObjectNode root, YamlPositions positions) {

    public YamlDocument {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(positions, "positions");
    }

    /** A document whose node positions are {@code positions} and key positions {@code keyPositions}. */
    public YamlDocument(String file, ObjectNode root, Map<String, SourcePosition> positions,
                        Map<String, SourcePosition> keyPositions) {
        this(file, root, YamlPositions.of(file, positions, keyPositions));
    }

    /** Position of the node at {@code pointer}; falls back to the nearest ancestor that has one. */
    public SourcePosition positionOf(String pointer) {
        return positions.positionOf(pointer);
    }

    /** Position of the key of the field at {@code pointer} (for "unknown key" messages); falls back to {@link #positionOf}. */
    public SourcePosition keyPositionOf(String pointer) {
        return positions.keyPositionOf(pointer);
    }
}
