package dev.hireguide.build;

import dev.hireguide.output.OutputException;
import dev.hireguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Faults around the output: a second build at once, an output that cannot be written, links out of content/. */
class FaultTest {

    @TempDir
    Path dir;

    @Test
    void secondBuildOfTheSameOutputStopsAtOnce() throws Exception {
        TestSite site = TestSite.minimal(dir);
        site.buildOk();
        var before = TestSite.snapshot(site.out());
        try (FileChannel channel = FileChannel.open(dir.resolve(".site.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            OutputException e = assertThrows(OutputException.class, () -> SiteBuilder.build(BuildOptions.of(dir)));
            assertTrue(e.getMessage().startsWith("another build is writing"), e.getMessage());
        }
        assertEquals(before.keySet(), TestSite.snapshot(site.out()).keySet());
    }

    @Test
    void outputThatCannotBeCreatedIsAClearErrorNamingThePath() throws Exception {
        TestSite site = TestSite.minimal(dir);
        Files.writeString(dir.resolve("blocker"), "a file where a folder should be");
        OutputException e = assertThrows(OutputException.class,
                () -> SiteBuilder.build(BuildOptions.of(dir).withOut(dir.resolve("blocker/site"))));
        assertTrue(e.getMessage().contains("blocker"), e.getMessage());
        assertFalse(e.isRefused());
        assertFalse(e.hint().isEmpty());
    }

    @Test
    void symbolicLinksUnderContentAreNotFollowedButWarned() throws Exception {
        TestSite site = TestSite.minimal(dir).write("outside/secret.md", "---\ntitle: SECRET OUTSIDE\n---\nx\n");
        Files.createSymbolicLink(dir.resolve("content/linked.md"), dir.resolve("outside/secret.md"));
        Files.createSymbolicLink(dir.resolve("content/folder"), dir.resolve("outside"));
        BuildResult result = site.build();
        assertFalse(result.failed());
        assertEquals(2, result.diagnostics().stream().filter(d -> d.message().equals("symbolic link not followed")).count(),
                TestSite.headlines(result).toString());
        TestSite.snapshot(site.out()).forEach((path, bytes) ->
                assertFalse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).contains("SECRET OUTSIDE"), path));
    }
}
