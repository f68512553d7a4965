package dev.hireguide.cli;

import dev.hireguide.build.BuildProgress;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows a long build's progress on stderr. On a terminal, one line with the stage, the count
 * and the time, redrawn in place and cleared at the end; in a pipe or CI log, a plain line now
 * and then, so that a long build shows it is alive without filling the log. Builds shorter
 * than a moment show nothing.
 */
final class ProgressLine implements BuildProgress {

    /** How progress is shown. */
    enum Mode { TERMINAL, PLAIN, NONE }

    private static final long SHOW_AFTER_NANOS = 500_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final long PLAIN_FIRST_NANOS = 2_000_000_000L;
    private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final Mode mode;
    private long start = -1;
    private long lastShown;
    private boolean drawn;
    private String stage = "";

    ProgressLine(PrintWriter err, Mode mode) {
        this.err = err;
        this.mode = mode;
    }

    /** Redrawn on a terminal, plain lines otherwise, nothing when quiet. */
    static BuildProgress forConsole(PrintWriter err, boolean quiet) {
        if (quiet) {
            return BuildProgress.NONE;
        }
        return new ProgressLine(err, System.console() != null ? Mode.TERMINAL : Mode.PLAIN);
    }

    @Override
    public synchronized void started(String name, int total) {
        long now = System.nanoTime();
        if (start < 0) {
            start = now;
        }
        stage = name;
        show(now, name, 0, total, true);
    }

    @Override
    public synchronized void advanced(String name, int done, int total) {
        show(System.nanoTime(), name, done, total, done == total);
    }

    @Override
    public synchronized void finished() {
        if (drawn && mode == Mode.TERMINAL) {
            err.print("\r\033[K");
            err.flush();
        }
        start = -1;
        drawn = false;
        lastShown = 0;
    }

    private void show(long now, String name, int done, int total, boolean force) {
        if (mode == Mode.NONE || start < 0 || !name.equals(stage)) {
            return;
        }
        long elapsed = now - start;
        // The text is made only when it is shown: every page advances the count, and formatting
        // it each time cost more than 1% of a build.
        if (mode == Mode.TERMINAL) {
            if (elapsed >= SHOW_AFTER_NANOS && (force || now - lastShown >= REDRAW_NANOS)) {
                err.print("\r\033[K" + text(name, done, total, elapsed));
                err.flush();
                drawn = true;
                lastShown = now;
            }
        } else if (elapsed >= PLAIN_FIRST_NANOS && (lastShown == 0 || now - lastShown >= PLAIN_EVERY_NANOS)) {
            err.println("... " + text(name, done, total, elapsed).replaceAll(" +", " "));
            err.flush();
            lastShown = now;
        }
    }

    private static String text(String name, int done, int total, long elapsed) {
        return total > 0
                ? String.format(Locale.ROOT, "%-8s %d/%d  %.1f s", name, done, total, elapsed / 1e9)
                : String.format(Locale.ROOT, "%-8s %.1f s", name, elapsed / 1e9);
    }
}
