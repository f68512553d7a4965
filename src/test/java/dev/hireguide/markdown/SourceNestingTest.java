package dev.hireguide.markdown;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceNestingTest {

    @Test
    void findsTheFirstLineDeeperThanTheLimitWhateverEndsTheLines() {
        for (String end : new String[] {"\n", "\r\n", "\r"}) {
            String text = String.join(end, "# Title", "", "> > quoted", "- - - item", "> > > deep", "> > > > deeper");
            assertEquals(3, SourceNesting.firstTooDeepLine(text, 2), () -> "lines ending " + end.replace("\r", "CR").replace("\n", "LF"));
            // The last line, with or without a line end after it.
            assertEquals(5, SourceNesting.firstTooDeepLine(text, 3));
            assertEquals(5, SourceNesting.firstTooDeepLine(text + end, 3));
            assertEquals(-1, SourceNesting.firstTooDeepLine(text, 4));
            assertEquals(-1, SourceNesting.firstTooDeepLine(text + end, 4));
        }
    }

    /** Indentation counts half a level per column; code lines are judged like the others. */
    @Test
    void countsIndentationAndReadsEveryLine() {
        assertEquals(1, SourceNesting.firstTooDeepLine("text\n        - item", 4));
        assertEquals(-1, SourceNesting.firstTooDeepLine("text\n      - item", 4));
        assertEquals(2, SourceNesting.firstTooDeepLine("```\n> >\n> > >\n```", 2));
        assertEquals(-1, SourceNesting.firstTooDeepLine("", 0));
        assertEquals(0, SourceNesting.firstTooDeepLine(">", 0));
    }
}
