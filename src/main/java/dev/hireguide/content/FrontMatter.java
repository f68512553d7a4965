package dev.hireguide.content;

import dev.hireguide.diag.Diagnostic;
import dev.hireguide.diag.SourcePosition;

import java.util.Optional;

/**
 * Splits a page into its YAML front matter (between two {@code ---} lines at the top) and its
 * Markdown body, remembering the line each part starts on so positions can be given in the file.
 */
public final class FrontMatter {

    private FrontMatter() {
    }

    /**
     * A split page.
     *
     * @param yaml          the front matter text, without the {@code ---} lines
     * @param yamlFirstLine the file line of the front matter's first line
     * @param body          the Markdown after the closing {@code ---}
     * @param bodyFirstLine the file line of the body's first line
     */
    public record Split(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {
    }

    /** The result: a split, or the diagnostic that says why the page could not be split. */
    public record Result(Optional<Split> split, Optional<Diagnostic> problem) {
    }

    public static Result split(String text, String file) {
        int firstEnd = lineEnd(text, 0);
        if (!isFence(text, 0, firstEnd)) {
            return failed(file, 1, "the page has no front matter",
                    "start the file with a line `---`, then `title: …`, then another `---` line");
        }
        int yamlStart = next(text, firstEnd);
        int pos = yamlStart;
        int line = 2;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            if (isFence(text, pos, end)) {
                String yaml = text.substring(yamlStart, pos);
                int bodyStart = next(text, end);
                return new Result(Optional.of(new Split(yaml, 2, text.substring(bodyStart), line + 1)), Optional.empty());
            }
            pos = next(text, end);
            line++;
        }
        return failed(file, 1, "the front matter is not closed",
                "add a line `---` after the last front matter field, before the Markdown");
    }

    private static Result failed(String file, int line, String message, String hint) {
        return new Result(Optional.empty(), Optional.of(Diagnostic.error(SourcePosition.of(file, line, 1), message, hint)));
    }

    private static boolean isFence(String text, int start, int end) {
        return text.substring(start, end).stripTrailing().equals("---");
    }

    /** Index of the line break ending the line at start, or text length. */
    private static int lineEnd(String text, int start) {
        int nl = text.indexOf('\n', start);
        int end = nl < 0 ? text.length() : nl;
        return end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    private static int next(String text, int lineEnd) {
        if (lineEnd < text.length() && text.charAt(lineEnd) == '\r') {
            lineEnd++;
        }
        return Math.min(text.length(), lineEnd + 1);
    }
}
