package dev.hireguide.markdown;

/**
 * Finds absurdly nested block structure in Markdown source before it is parsed. Flexmark's block
 * parser slows down with the square of the nesting depth (10,000 nested list items take it
 * seconds; 50,000 {@code >} markers can overflow the stack), so such input is refused before
 * Flexmark sees it. Each line is judged on its own: the number of block quote and list markers
 * it starts with, plus half its indentation before the first marker (a nested list item must be
 * indented at least two columns per level).
 */
final class SourceNesting {

    private SourceNesting() {
    }

    /** The 0-based number of the first of the text's {@code lines} nested deeper than {@code maxDepth}, or -1. */
    static int firstTooDeepLine(String text, LineMap lines, int maxDepth) {
        for (int line = 0; line < lines.lineCount(); line++) {
            if (depth(text, lines.lineStart(line), maxDepth) > maxDepth) {
                return line;
            }
        }
        return -1;
    }

    /** Markers plus indentation/2 at the start of the line at {@code start}; markers are counted to just past the limit. */
    private static int depth(String text, int start, int maxDepth) {
        int i = start;
        int indent = 0;
        int markers = 0;
        while (i < text.length() && markers <= maxDepth) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                if (markers == 0) {
                    indent += c == '\t' ? 4 : 1;
                }
                i++;
            } else if (c == '>') {
                markers++;
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && isMarkerEnd(text, i + 1)) {
                markers++;
                i++;
            } else if (c >= '0' && c <= '9') {
                int j = i;
                while (j < text.length() && j - i < 9 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                    j++;
                }
                if (j < text.length() && (text.charAt(j) == '.' || text.charAt(j) == ')') && isMarkerEnd(text, j + 1)) {
                    markers++;
                    i = j + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return markers == 0 ? 0 : markers + indent / 2;
    }

    private static boolean isMarkerEnd(String text, int i) {
        return i >= text.length() || " \t\r\n".indexOf(text.charAt(i)) >= 0;
    }
}
