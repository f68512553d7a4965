package dev.hireguide.build;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreloadTest {

    @Test
    void readiesEveryLibraryWithoutAWord() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            // False if any of the three failed or found nothing: it would be silently useless.
            assertTrue(Preload.run());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals("", printed.toString(StandardCharsets.UTF_8), "a build's output is only the build's");
    }

    @Test
    void runsOnADaemonThreadThatEnds() throws InterruptedException {
        Thread thread = Preload.start();
        assertTrue(thread.isDaemon(), "the program must not wait for it at its end");
        thread.join(60_000);
        assertFalse(thread.isAlive());
    }
}
