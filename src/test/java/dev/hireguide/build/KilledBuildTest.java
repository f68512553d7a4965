package dev.hireguide.build;

import dev.hireguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real build processes killed with SIGKILL at several moments never leave a broken site. */
class KilledBuildTest {

    @TempDir
    Path dir;

    @Test
    void buildKilledAtAnyMomentLeavesTheCompletePreviousSite() throws Exception {
        TestSite site = TestSite.minimal(dir);
        for (int i = 0; i < 400; i++) {
            site.write("content/articles/page-" + i + ".md", "---\ntitle: Page " + i + "\n---\n"
                    + ("## Part\n\nSome text with a [link](/articles/page-0/) and a table.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n").repeat(8));
        }
        site.buildOk();
        Map<String, byte[]> reference = TestSite.snapshot(site.out());

        for (long delay : List.of(200L, 500L, 800L, 1100L, 1400L, 1800L, 2400L)) {
            Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "dev.hireguide.cli.Main", "build", "--root", dir.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(delay);
            build.destroyForcibly();  // SIGKILL on Linux: no shutdown hooks, no cleanup
            build.waitFor();
            if (Files.exists(site.out())) {
                assertSame(reference, TestSite.snapshot(site.out()), "after a kill at " + delay + " ms");
            } else {
                // Killed between the two renames of the swap: the old site waits beside it, whole.
                assertTrue(leftovers().stream().anyMatch(p -> p.getFileName().toString().startsWith(".site.old-")),
                        "no site and no old copy after a kill at " + delay + " ms");
            }
        }
        site.buildOk();
        assertSame(reference, TestSite.snapshot(site.out()), "after the next build");
        assertEquals(List.of(), leftovers(), "the next build cleans up what killed builds left");
    }

    private List<Path> leftovers() throws Exception {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().matches("\\.site\\.(tmp|old)-.*")).toList();
        }
    }

    private static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual, String when) {
        assertEquals(expected.keySet(), actual.keySet(), when);
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), when + ": " + path));
    }
}
