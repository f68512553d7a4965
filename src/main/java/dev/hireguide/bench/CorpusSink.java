package dev.hireguide.bench;

import java.io.IOException;

/** Where a corpus's files go: a folder on disk, or a test's memory. */
@FunctionalInterface
interface CorpusSink {

    /** Takes one file; {@code path} is relative to the corpus folder and uses {@code /}. */
    void write(String path, String text) throws IOException;
}
