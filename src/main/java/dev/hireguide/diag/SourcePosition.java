package dev.hireguide.diag;

/**
 * A place in a source file, as an editor counts it: the path as the user would type it
 * (relative to the site root, with forward slashes), a 1-based line and a 1-based column.
 * A line or column of 0 means "unknown" and is left out when printed.
 */
public record SourcePosition(String file, int line, int column) {

    public SourcePosition {
        if (file == null || file.isEmpty()) {
            throw new IllegalArgumentException("file must be named");
        }
        line = Math.max(0, line);
        column = Math.max(0, column);
    }

    /** A position that names only the file. */
    public static SourcePosition of(String file) {
        return new SourcePosition(file, 0, 0);
    }

    public static SourcePosition of(String file, int line, int column) {
        return new SourcePosition(file, line, column);
    }

    /** Moves this position down by {@code lines} lines, for text embedded at an offset in its file. */
    public SourcePosition shiftedBy(int lines) {
        return line == 0 ? this : new SourcePosition(file, line + lines, column);
    }

    /** {@code path:line:col}, {@code path:line} or {@code path}, as compilers print it. */
    @Override
    public String toString() {
        if (line == 0) {
            return file;
        }
        return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
