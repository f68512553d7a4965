package dev.hireguide.markdown;

import java.util.Arrays;

/** Turns character offsets in a Markdown text into 0-based lines and 1-based columns. */
final class LineMap {

    private final int[] lineStarts;

    LineMap(String text) {
        int[] starts = new int[16];
        int count = 1;
        boolean returns = text.indexOf('\r') >= 0;
        int i = returns ? 0 : text.indexOf('\n');
        while (i >= 0 && i < text.length()) {
            char c = text.charAt(i);
            // \r\n, \n and a lone \r each end a line, as CommonMark counts them.
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
            // Without carriage returns, only line feeds matter, and indexOf finds them fastest.
            i = returns ? i + 1 : text.indexOf('\n', i + 1);
        }
        lineStarts = Arrays.copyOf(starts, count);
    }

    /** How many lines the text has: one more than its line ends. */
    int lineCount() {
        return lineStarts.length;
    }

    /** Where the 0-based {@code line} starts. */
    int lineStart(int line) {
        return lineStarts[line];
    }

    /** The 0-based line that holds {@code offset}. */
    int line(int offset) {
        int found = Arrays.binarySearch(lineStarts, Math.max(0, offset));
        return found >= 0 ? found : -found - 2;
    }

    /** The 1-based column of {@code offset} within its line, counting characters. */
    int column(int offset) {
        return Math.max(0, offset) - lineStarts[line(offset)] + 1;
    }
}
