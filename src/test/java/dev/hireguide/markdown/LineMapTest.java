package dev.hireguide.markdown;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Offsets become the lines and columns an editor shows, whatever ends the lines. */
class LineMapTest {

    @Test
    void countsLinesEndedByLineFeeds() {
        LineMap lines = new LineMap("ab\ncd\n\nef");
        assertEquals(0, lines.line(0));
        assertEquals(1, lines.column(0));
        assertEquals(0, lines.line(2));
        assertEquals(1, lines.line(3));
        assertEquals(2, lines.column(4));
        assertEquals(2, lines.line(6));
        assertEquals(3, lines.line(7));
        assertEquals(3, lines.column(9));
    }

    @Test
    void countsCarriageReturnsAloneOrBeforeALineFeedAsOneLineEnd() {
        LineMap lines = new LineMap("ab\r\ncd\ref\n");
        assertEquals(0, lines.line(2));
        assertEquals(0, lines.line(3));
        assertEquals(1, lines.line(4));
        assertEquals(1, lines.column(4));
        assertEquals(2, lines.line(7));
        assertEquals(1, lines.column(7));
        assertEquals(3, lines.line(10));
    }

    @Test
    void readsTextWithNoLineEndAsOneLine() {
        LineMap lines = new LineMap("just one line");
        assertEquals(0, lines.line(12));
        assertEquals(13, lines.column(12));
        assertEquals(0, lines.line(-1));
        assertEquals(1, new LineMap("").column(0));
    }
}
