package dev.hireguide.markdown;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceNestingTest {

    @Test
    void findsTheFirstLineDeeperThanTheLimitWhateverEndsTheLines() {
        for (String end : new String[] {"\n", "\r\n", "\r"}) {
            String text = String.join(end, "# Title", "", "> > quoted", "- - - item", "> > > deep", "> > > > deeper");
            assertEquals(3, deepLine(text, 2), () -> "lines ending " + end.replace("\r", "CR").replace("\n", "LF"));
            // The last line, with or without a line end after it.
            assertEquals(5, deepLine(text, 3));
            assertEquals(5, deepLine(text + end, 3));
            assertEquals(-1, deepLine(text, 4));
            assertEquals(-1, deepLine(text + end, 4));
        }
    }

    /** Indentation counts half a level per column; code lines are judged like the others. */
    @Test
    void countsIndentationAndReadsEveryLine() {
        assertEquals(1, deepLine("text\n        - item", 4));
        assertEquals(-1, deepLine("text\n      - item", 4));
        assertEquals(2, deepLine("```\n> >\n> > >\n```", 2));
        assertEquals(-1, deepLine("", 0));
        assertEquals(0, deepLine(">", 0));
    }

    /** The first line too deep, with the lines found as the renderer finds them (a line ends at LF, CR LF or CR). */
    private static int deepLine(String text, int maxDepth) {
        return SourceNesting.firstTooDeepLine(text, new LineMap(text), maxDepth);
    }
}
