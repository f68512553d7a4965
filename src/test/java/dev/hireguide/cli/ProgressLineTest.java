package dev.hireguide.cli;

import dev.hireguide.build.BuildProgress;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The progress line: nothing for a moment, then the stage and its count; cleared at the end. */
class ProgressLineTest {

    @Test
    void showsNothingInTheFirstMomentThenTheCountAndClearsIt() throws InterruptedException {
        StringWriter out = new StringWriter();
        ProgressLine progress = new ProgressLine(new PrintWriter(out), ProgressLine.Mode.TERMINAL);
        progress.started("render", 3);
        progress.advanced("render", 1, 3);
        assertEquals("", out.toString());
        Thread.sleep(600);
        progress.advanced("parse", 3, 3);  // not the current stage
        assertEquals("", out.toString());
        progress.advanced("render", 3, 3);  // the last page is always drawn
        assertTrue(out.toString().startsWith("\r\033[Krender   3/3  ") && out.toString().endsWith(" s"), out.toString());
        progress.finished();
        assertTrue(out.toString().endsWith("\r\033[K"), out.toString());
    }

    @Test
    void quietShowsNothing() throws InterruptedException {
        StringWriter out = new StringWriter();
        BuildProgress progress = ProgressLine.forConsole(new PrintWriter(out), true);
        progress.started("render", 2);
        Thread.sleep(600);
        progress.advanced("render", 2, 2);
        progress.finished();
        assertEquals("", out.toString());
    }
}
