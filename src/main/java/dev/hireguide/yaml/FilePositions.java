package dev.hireguide.yaml;

import dev.hireguide.diag.SourcePosition;
import org.yaml.snakeyaml.error.Mark;

/**
 * Turns SnakeYAML's 0-based marks, counted in the YAML text, into 1-based positions counted in
 * the source file, where the YAML starts at {@code firstLine}.
 */
record FilePositions(String file, int firstLine) {

    SourcePosition at(Mark mark) {
        return mark == null ? start() : SourcePosition.of(file, firstLine + mark.getLine(), mark.getColumn() + 1);
    }

    /** Line 1, column 1 of the YAML text. */
    SourcePosition start() {
        return SourcePosition.of(file, firstLine, 1);
    }
}
