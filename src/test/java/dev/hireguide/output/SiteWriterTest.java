package dev.hireguide.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteWriterTest {

    @Test
    void writesFilesWhoseBytesAreMadeAsTheyAreWritten(@TempDir Path root) throws Exception {
        Path out = root.resolve("site");
        int written = write(out, root, List.of(OutputFile.text("a/index.html", "<p>a</p>"),
                OutputFile.textLater("b/index.html", () -> "<p>b</p>")));
        assertEquals(2, written);
        assertEquals("<p>b</p>", Files.readString(out.resolve("b/index.html"), StandardCharsets.UTF_8));
    }

    @Test
    void aPageWhoseBytesCannotBeMadeLeavesTheOldSiteAndNoStagingFolder(@TempDir Path root) throws Exception {
        Path out = root.resolve("site");
        write(out, root, List.of(OutputFile.text("index.html", "old")));
        RuntimeException e = assertThrows(RuntimeException.class, () -> write(out, root, List.of(
                OutputFile.text("index.html", "new"),
                OutputFile.textLater("broken/index.html", () -> {
                    throw new IllegalArgumentException("bad page");
                }))));
        String messages = e.getMessage() + " / " + e.getCause().getMessage();
        assertTrue(messages.contains("making broken/index.html failed"), messages);
        assertOldSiteAndNoStagingFolder(root, out);
    }

    @Test
    void writesTheFilesMadeWhileTheOthersAreWritten(@TempDir Path root) throws Exception {
        Path out = root.resolve("site");
        List<OutputFile> pages = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            pages.add(OutputFile.text("p" + i + "/index.html", "<p>" + i + "</p>"));
        }
        java.util.concurrent.atomic.AtomicReference<String> madeOn = new java.util.concurrent.atomic.AtomicReference<>();
        int written = write(out, root, pages, () -> {
            madeOn.set(Thread.currentThread().getName());
            return List.of(OutputFile.text("search/index.json", "{}"), OutputFile.text("search/a.json", "[]"));
        });
        assertEquals(202, written);
        assertEquals(Thread.currentThread().getName(), madeOn.get());
        assertEquals("{}", Files.readString(out.resolve("search/index.json")));
        assertEquals("<p>199</p>", Files.readString(out.resolve("p199/index.html")));
    }

    @Test
    void aFailureWhileMakingTheLastFilesLeavesTheOldSiteAndNoStagingFolder(@TempDir Path root) throws Exception {
        Path out = root.resolve("site");
        write(out, root, List.of(OutputFile.text("index.html", "old")));
        List<OutputFile> pages = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            pages.add(OutputFile.textLater("p" + i + "/index.html", () -> "<p>new</p>".repeat(1000)));
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> write(out, root, pages, () -> {
            throw new IllegalStateException("the search index failed");
        }));
        assertEquals("the search index failed", e.getMessage());
        assertFalse(Files.exists(out.resolve("p0")));
        assertOldSiteAndNoStagingFolder(root, out);
    }

    @Test
    void pagesWrittenWhileTheBuildGoesOnWinOverOtherFilesAtTheirPath(@TempDir Path root) throws Exception {
        Path out = root.resolve("site");
        int written;
        try (StagingFolder staging = SiteWriter.stage(out, root)) {
            staging.write("guides/index.html", "<p>page</p>".getBytes(StandardCharsets.UTF_8));
            assertFalse(Files.exists(out), "nothing is in place before the commit");
            // The search index's files are written last, over another file at their path.
            written = staging.commit(List.of(OutputFile.text("guides/index.html", "static"), OutputFile.text("a.css", "a"),
                            OutputFile.text("search/index.json", "a theme's")),
                    () -> List.of(OutputFile.text("search/index.json", "{}")));
        }
        assertEquals(3, written);
        assertEquals("<p>page</p>", Files.readString(out.resolve("guides/index.html")));
        assertEquals("{}", Files.readString(out.resolve("search/index.json")));
    }

    @Test
    void everyPageHandedOverFromManyThreadsIsWrittenWhateverTheirNumber(@TempDir Path root) throws Exception {
        Path out = root.resolve("site");
        // Writers are given files in batches: a count that is no multiple of a batch leaves some
        // waiting until the commit, which must write them too.
        int threads = 4;
        int perThread = 251;
        int written;
        try (StagingFolder staging = SiteWriter.stage(out, root)) {
            ExecutorService renderers = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> handedOver = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    handedOver.add(renderers.submit(() -> {
                        for (int i = 0; i < perThread; i++) {
                            staging.write("p/" + thread + "-" + i + "/index.html",
                                    ("page " + thread + " " + i).getBytes(StandardCharsets.UTF_8));
                        }
                    }));
                }
                for (Future<?> future : handedOver) {
                    future.get();
                }
            } finally {
                renderers.shutdown();
            }
            written = staging.commit(List.of(OutputFile.text("a.css", "a")), () -> List.of(OutputFile.text("search/x.js", "x")));
        }
        assertEquals(threads * perThread + 2, written);
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < perThread; i++) {
                assertEquals("page " + t + " " + i, Files.readString(out.resolve("p/" + t + "-" + i + "/index.html")));
            }
        }
        assertEquals("x", Files.readString(out.resolve("search/x.js")));
    }

    @Test
    void aStagingFolderClosedWithPagesStillWaitingIsDeleted(@TempDir Path root) throws Exception {
        Path out = root.resolve("site");
        write(out, root, List.of(OutputFile.text("index.html", "old")));
        try (StagingFolder staging = SiteWriter.stage(out, root)) {
            for (int i = 0; i < 1_000; i++) {
                staging.write("p/" + i + "/index.html", "new".getBytes(StandardCharsets.UTF_8));
            }
        }
        assertOldSiteAndNoStagingFolder(root, out);
        assertFalse(Files.exists(out.resolve("p")));
    }

    @Test
    void aStagingFolderClosedWithoutACommitIsDeletedAndFreesTheOutput(@TempDir Path root) throws Exception {
        Path out = root.resolve("site");
        write(out, root, List.of(OutputFile.text("index.html", "old")));
        try (StagingFolder staging = SiteWriter.stage(out, root)) {
            staging.write("index.html", "new".getBytes(StandardCharsets.UTF_8));
            OutputException busy = assertThrows(OutputException.class, () -> SiteWriter.stage(out, root));
            assertTrue(busy.getMessage().contains("another build is writing"), busy.getMessage());
        }
        assertOldSiteAndNoStagingFolder(root, out);
        assertEquals(1, write(out, root, List.of(OutputFile.text("index.html", "newer"))));
    }

    @Test
    void aFileThatFailsWithAnErrorFailsTheCommitAndLeavesTheOldSite(@TempDir Path root) throws Exception {
        Path out = root.resolve("site");
        write(out, root, List.of(OutputFile.text("index.html", "old")));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> write(out, root, List.of(
                OutputFile.text("index.html", "new"),
                OutputFile.textLater("deep/index.html", () -> {
                    throw new StackOverflowError("too deep");
                }))));
        assertEquals("writing the site failed", e.getMessage());
        assertTrue(e.getCause() instanceof StackOverflowError, String.valueOf(e.getCause()));
        assertOldSiteAndNoStagingFolder(root, out);
    }

    /** The site written before ("old" at index.html) is in place, and no staging folder is left beside it. */
    private static void assertOldSiteAndNoStagingFolder(Path root, Path out) throws Exception {
        assertEquals("old", Files.readString(out.resolve("index.html")));
        try (Stream<Path> entries = Files.list(root)) {
            assertFalse(entries.anyMatch(p -> p.getFileName().toString().startsWith(".site.tmp-")));
        }
    }

    /** A whole site written at once, as a build does: staged, committed, swapped in. */
    private static int write(Path out, Path root, List<OutputFile> files) throws OutputException {
        return write(out, root, files, List::of);
    }

    private static int write(Path out, Path root, List<OutputFile> files,
                             java.util.function.Supplier<List<OutputFile>> more) throws OutputException {
        try (StagingFolder staging = SiteWriter.stage(out, root)) {
            return staging.commit(files, more);
        }
    }
}
