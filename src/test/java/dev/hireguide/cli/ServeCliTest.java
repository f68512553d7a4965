package dev.hireguide.cli;

import dev.hireguide.testing.TestSite;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code hireguide serve} on the command line: help, wrong usage, and stopping a real process. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ServeCliTest {

    @TempDir
    Path dir;


    @Test
    void helpNamesTheOptions() {
        CliRun run = CliRun.of("serve", "--help");
        assertEquals(0, run.code(), run.err());
        for (String option : new String[] {"--root", "--port", "--bind", "--audience", "--drafts", "--quiet"}) {
            assertTrue(run.out().contains(option), run.out());
        }
        assertTrue(run.out().contains("127.0.0.1"), run.out());
    }

    @Test
    void aBadPortIsWrongUsage() {
        TestSite.minimal(dir);
        for (String port : new String[] {"70000", "-1", "http", "13x"}) {
            CliRun run = CliRun.of("serve", "--root", dir.toString(), "--port", port);
            assertEquals(2, run.code(), port + ": " + run.err());
            assertTrue(run.err().contains("--port"), run.err());
        }
    }

    @Test
    void aBindThatIsNotAnAddressIsWrongUsage() {
        TestSite.minimal(dir);
        CliRun run = CliRun.of("serve", "--root", dir.toString(), "--bind", "example.com");
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("--bind `example.com` is not an IP address"), run.err());
        assertTrue(run.err().contains("  hint: "), run.err());
    }

    @Test
    void aFolderWithoutContentIsWrongUsage() {
        CliRun run = CliRun.of("serve", "--root", dir.toString(), "--port", "0");
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("there is no content/ folder"), run.err());
    }

    @Test
    void aPortInUseIsWrongUsageWithAHint() throws Exception {
        TestSite.minimal(dir);
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            CliRun run = CliRun.of("serve", "--root", dir.toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(2, run.code(), run.err());
            assertTrue(run.err().contains("--port 0"), run.err());
        }
    }

    @Test
    void ctrlCStopsTheServerCleanlyWithExitZero() throws Exception {
        Assumptions.assumeTrue(interruptsReachChildren(), "SIGINT is ignored in this environment");
        stopsCleanlyOn("INT");
    }

    @Test
    void terminationStopsTheServerCleanlyWithExitZero() throws Exception {
        stopsCleanlyOn("TERM");
    }

    /** Starts a real serve process, waits until it serves, signals it, and checks it left nothing behind. */
    private void stopsCleanlyOn(String signal) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/kill")), "needs /bin/kill");
        TestSite.minimal(dir.resolve("site"));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), "dev.hireguide.cli.Main",
                "serve", "--root", dir.resolve("site").toString(), "--port", "0", "--quiet")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("Serving "));
            assertTrue(line != null && line.contains("http://127.0.0.1:"), "no Serving line");
            assertTrue(count(tmp) > 0, "the server builds into the temporary folder");
            new ProcessBuilder("/bin/kill", "-" + signal, String.valueOf(serve.pid())).start().waitFor();
            assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "still running after SIG" + signal);
            assertEquals(0, serve.exitValue());
            assertEquals(0, count(tmp), "the built site is deleted");
            assertFalse(Files.exists(dir.resolve("site/site")), "nothing is written into the site's folder");
        } finally {
            serve.destroyForcibly();
        }
    }

    private static long count(Path dir) throws Exception {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("hireguide-serve-")).count();
        }
    }

    /** Whether this JVM was started with SIGINT ignored (as background jobs of some shells are); children inherit that. */
    private static boolean interruptsReachChildren() throws Exception {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                long ignored = Long.parseLong(line.substring("SigIgn:".length()).strip(), 16);
                return (ignored & (1L << 1)) == 0;  // bit 1 is signal 2, SIGINT
            }
        }
        return false;
    }
}
