package dev.hireguide.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteWriterTest {

    @Test
    void writesFilesWhoseBytesAreMadeAsTheyAreWritten(@TempDir Path root) throws Exception {
        Path out = root.resolve("site");
        int written = SiteWriter.write(out, root, List.of(OutputFile.text("a/index.html", "<p>a</p>"),
                OutputFile.textLater("b/index.html", () -> "<p>b</p>")));
        assertEquals(2, written);
        assertEquals("<p>b</p>", Files.readString(out.resolve("b/index.html"), StandardCharsets.UTF_8));
    }

    @Test
    void aPageWhoseBytesCannotBeMadeLeavesTheOldSiteAndNoStagingFolder(@TempDir Path root) throws Exception {
        Path out = root.resolve("site");
        SiteWriter.write(out, root, List.of(OutputFile.text("index.html", "old")));
        RuntimeException e = assertThrows(RuntimeException.class, () -> SiteWriter.write(out, root, List.of(
                OutputFile.text("index.html", "new"),
                OutputFile.textLater("broken/index.html", () -> {
                    throw new IllegalArgumentException("bad page");
                }))));
        String messages = e.getMessage() + " / " + e.getCause().getMessage();
        assertTrue(messages.contains("making broken/index.html failed"), messages);
        assertEquals("old", Files.readString(out.resolve("index.html")));
        try (Stream<Path> entries = Files.list(root)) {
            assertFalse(entries.anyMatch(p -> p.getFileName().toString().startsWith(".site.tmp-")));
        }
    }
}
