package dev.hireguide.bench.edit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalDouble;

/** A dev server being timed: where its sources and outputs are, and what it says about its rebuilds. */
interface EditTarget extends AutoCloseable {

    /** The tool's name in the results: {@code hireguide} or {@code hugo}. */
    String tool();

    /** The folder of the Markdown files, which the benchmark edits. */
    Path contentDir();

    /** The output file of the page written from {@code source} (a path under {@link #contentDir()}). */
    Path outputOf(String source);

    /** Done before a page is edited, untimed: Hugo's fast render re-renders only pages a browser has open. */
    default void open(String source) throws IOException {
    }

    /** Forgets the rebuilds reported so far. */
    void forgetRebuilds();

    /** The time the tool itself reports for its next rebuild, waiting at most {@code limit}; empty if none came. */
    OptionalDouble nextRebuildMillis(Duration limit) throws InterruptedException;

    /** How long to wait after a rebuild for late events of the same save before the next edit. */
    Duration settle();

    @Override
    void close() throws IOException;
}
