package dev.hireguide.yaml;

import dev.hireguide.diag.SourcePosition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where each node of a parsed YAML text starts, and where the key of each mapping entry starts,
 * by JSON Pointer ({@code ""} the root, {@code "/market/salary/0/min"} a field of a list item).
 *
 * <p>Every page keeps these until the end of the build, for the diagnostics of later stages,
 * so they are kept small: the pointers, sorted, in one string, and the lines and columns in int
 * arrays. A map of pointer strings to position objects took about ten times the memory (some
 * 70 entries a page), most of it live until the pages were written.
 */
public final class YamlPositions {

    private static final int ABSENT = -1;

    private final String file;
    /** Every pointer, sorted, one after the other; pointer {@code i} is {@code pointers[starts[i], starts[i + 1])}. */
    private final String pointers;
    private final int[] starts;
    private final int[] lines;
    private final int[] columns;
    private final int[] keyLines;
    private final int[] keyColumns;

    private YamlPositions(String file, String pointers, int[] starts, int[] lines, int[] columns,
                          int[] keyLines, int[] keyColumns) {
        this.file = file;
        this.pointers = pointers;
        this.starts = starts;
        this.lines = lines;
        this.columns = columns;
        this.keyLines = keyLines;
        this.keyColumns = keyColumns;
    }

    /**
     * The positions of one YAML text in {@code file}: of each node's value, and of each mapping
     * entry's key. Positions in another file than {@code file} are refused.
     */
    public static YamlPositions of(String file, Map<String, SourcePosition> values, Map<String, SourcePosition> keys) {
        List<String> sorted = new ArrayList<>(values.keySet());
        for (String pointer : keys.keySet()) {
            if (!values.containsKey(pointer)) {
                sorted.add(pointer);
            }
        }
        sorted.sort(null);
        int n = sorted.size();
        StringBuilder all = new StringBuilder();
        int[] starts = new int[n + 1];
        int[] lines = new int[n];
        int[] columns = new int[n];
        int[] keyLines = new int[n];
        int[] keyColumns = new int[n];
        int i = 0;
        for (String pointer : sorted) {
            starts[i] = all.length();
            all.append(pointer);
            put(file, values.get(pointer), lines, columns, i);
            put(file, keys.get(pointer), keyLines, keyColumns, i);
            i++;
        }
        starts[n] = all.length();
        return new YamlPositions(file, all.toString(), starts, lines, columns, keyLines, keyColumns);
    }

    private static void put(String file, SourcePosition at, int[] lines, int[] columns, int i) {
        if (at == null) {
            lines[i] = ABSENT;
            return;
        }
        if (!at.file().equals(file)) {
            throw new IllegalArgumentException("a position in " + at.file() + " among the positions of " + file);
        }
        lines[i] = at.line();
        columns[i] = at.column();
    }

    /** The file the positions are in. */
    public String file() {
        return file;
    }

    /** Position of the node at {@code pointer}; falls back to the nearest ancestor that has one, then to the file. */
    public SourcePosition positionOf(String pointer) {
        String p = pointer == null ? "" : pointer;
        while (true) {
            int i = indexOf(p);
            if (i >= 0 && lines[i] != ABSENT) {
                return SourcePosition.of(file, lines[i], columns[i]);
            }
            if (p.isEmpty()) {
                return SourcePosition.of(file);
            }
            p = Pointers.parent(p);
        }
    }

    /** Position of the key of the field at {@code pointer} (for "unknown key" messages); falls back to {@link #positionOf}. */
    public SourcePosition keyPositionOf(String pointer) {
        int i = pointer == null ? -1 : indexOf(pointer);
        return i >= 0 && keyLines[i] != ABSENT ? SourcePosition.of(file, keyLines[i], keyColumns[i]) : positionOf(pointer);
    }

    /** Equal when they hold the same positions (a page's equality, which the rebuild caches compare, uses this). */
    @Override
    public boolean equals(Object other) {
        return other instanceof YamlPositions that && file.equals(that.file) && pointers.equals(that.pointers)
                && Arrays.equals(starts, that.starts) && Arrays.equals(lines, that.lines)
                && Arrays.equals(columns, that.columns) && Arrays.equals(keyLines, that.keyLines)
                && Arrays.equals(keyColumns, that.keyColumns);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, pointers, Arrays.hashCode(starts), Arrays.hashCode(lines), Arrays.hashCode(columns));
    }

    /** Where {@code pointer} is among the sorted pointers, or -1: a binary search that makes no strings. */
    private int indexOf(String pointer) {
        int low = 0;
        int high = starts.length - 2;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int order = compare(mid, pointer);
            if (order < 0) {
                low = mid + 1;
            } else if (order > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Pointer {@code i} compared with {@code pointer}, in {@link String#compareTo}'s order. */
    private int compare(int i, String pointer) {
        int start = starts[i];
        int length = starts[i + 1] - start;
        int common = Math.min(length, pointer.length());
        for (int k = 0; k < common; k++) {
            char a = pointers.charAt(start + k);
            char b = pointer.charAt(k);
            if (a != b) {
                return a - b;
            }
        }
        return length - pointer.length();
    }
}
