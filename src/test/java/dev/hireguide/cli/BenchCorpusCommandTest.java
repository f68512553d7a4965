package dev.hireguide.cli;

import dev.hireguide.bench.CorpusGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code bench-corpus}: exit codes and messages. */
class BenchCorpusCommandTest {

    @TempDir
    Path dir;


    @Test
    void writesACorpusThatChecksClean() {
        Path out = dir.resolve("corpus");
        CliRun run = CliRun.of("bench-corpus", "--pages", "60", "--out", out.toString(), "--seed", "3");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("Wrote 60 pages ("), run.out());
        assertTrue(Files.isRegularFile(out.resolve("content/site.yaml")));
        assertTrue(Files.isRegularFile(out.resolve("hugo/hugo.toml")));
        CliRun check = CliRun.of("check", "--root", out.toString());
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().contains("Checked 60 pages: no problems"), check.out());
    }

    @Test
    void tooFewPagesIsAUsageErrorWithTheLimits() {
        CliRun run = CliRun.of("bench-corpus", "--pages", "5", "--out", dir.resolve("c").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("hireguide: error: --pages must be from " + CorpusGenerator.MIN_PAGES
                + " to 1000000, not 5"), run.err());
        assertTrue(run.err().contains("hint: "), run.err());
        assertFalse(Files.exists(dir.resolve("c")));
    }

    @Test
    void negativeOrNonNumericPagesAreUsageErrors() {
        assertEquals(2, CliRun.of("bench-corpus", "--pages", "-100", "--out", dir.toString()).code());
        CliRun words = CliRun.of("bench-corpus", "--pages", "many", "--out", dir.toString());
        assertEquals(2, words.code());
        assertTrue(words.err().contains("--pages"), words.err());
    }

    @Test
    void pagesAndOutAreRequired() {
        CliRun run = CliRun.of("bench-corpus", "--out", dir.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--pages"), run.err());
        assertEquals(2, CliRun.of("bench-corpus", "--pages", "100").code());
    }

    @Test
    void refusesAFolderThatHasFiles() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        CliRun run = CliRun.of("bench-corpus", "--pages", "100", "--out", dir.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("is not an empty folder"), run.err());
        assertEquals("mine", Files.readString(dir.resolve("notes.txt")));
        assertFalse(Files.exists(dir.resolve("content")));
    }

    @Test
    void hasHelp() {
        CliRun run = CliRun.of("bench-corpus", "--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("Usage: hireguide bench-corpus"), run.out());
    }
}
