package dev.hireguide.cli;

import dev.hireguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** bin/hireguide, the launcher README.md tells users to run, against the jar `mvn package` made. */
class LauncherIT {

    private static final Path ROOT = Path.of(System.getProperty("hireguide.root", "."));
    private static final Path LAUNCHER = ROOT.resolve("bin/hireguide");

    private record Run(int exit, String output) {
    }

    private static Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new java.util.ArrayList<>(List.of(LAUNCHER.toString())));
        builder.command().addAll(List.of(args));
        builder.environment().putAll(env);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }

    @Test
    void buildsASiteWithTheJar(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.minimal(dir);
        Run run = run(Map.of(), "build", "--root", site.root().toString(), "--out", site.out().toString());
        assertEquals(0, run.exit(), run.output());
        assertTrue(Files.isRegularFile(site.out().resolve("index.html")), run.output());
    }

    @Test
    void passesTheExitCodeOn(@TempDir Path dir) throws Exception {
        Run run = run(Map.of(), "build", "--root", dir.toString());
        assertEquals(ExitCodes.CONTENT, run.exit(), run.output());
        assertTrue(run.output().contains("the site has no content/ folder"), run.output());
    }

    @Test
    void saysHowToBuildAMissingJar(@TempDir Path dir) throws Exception {
        Run run = run(Map.of("HIREGUIDE_JAR", dir.resolve("missing.jar").toString()), "--version");
        assertEquals(ExitCodes.IO, run.exit(), run.output());
        assertTrue(run.output().contains("mvn -q -DskipTests package"), run.output());
    }

    @Test
    void aSiteOfManyPagesGetsTheOptimisingCompiler(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("content/guides"));
        Files.writeString(dir.resolve("content/_index.md"), "---\ntitle: Home\n---\n");
        Files.writeString(dir.resolve("content/guides/a.md"), "---\ntitle: A\n---\n");
        Map<String, String> flags = Map.of("HIREGUIDE_JAVA_OPTS", "-XX:+PrintCommandLineFlags");
        String small = run(Map.of("HIREGUIDE_JAVA_OPTS", "-XX:+PrintCommandLineFlags", "HIREGUIDE_BIG_SITE", "3"),
                "check", "--root", dir.toString()).output();
        assertTrue(small.contains("-XX:TieredStopAtLevel=1") && small.contains("-XX:MaxTenuringThreshold=0")
                && small.contains("-XX:+UseParallelGC") && small.contains("-XX:CompileThresholdScaling=0.5")
                && small.contains("-XX:C1MaxInlineSize=25") && small.contains("-XX:C1InlineStackLimit=4")
                && small.contains("-XX:CompileCommand=inline,java.lang.StringLatin1::charAt")
                && !small.contains("CompileCommand: "), small);  // the JVM's note of each command, which "quiet" keeps out
        for (String[] args : List.of(new String[] {"check", "--root", dir.toString()},
                new String[] {"build", "--root=" + dir, "--out", dir.resolve("out").toString()})) {
            Run big = run(Map.of("HIREGUIDE_JAVA_OPTS", "-XX:+PrintCommandLineFlags", "HIREGUIDE_BIG_SITE", "2"), args);
            assertTrue(!big.output().contains("TieredStopAtLevel") && big.output().contains("-XX:+UseSerialGC")
                    && big.output().contains("-XX:MaxTenuringThreshold=0")
                    && !big.output().contains("CompileThresholdScaling") && !big.output().contains("C1MaxInlineSize")
                    && !big.output().contains("CompileCommand"),
                    big.output());
        }
        String other = run(flags, "--version").output();
        assertTrue(other.contains("-XX:TieredStopAtLevel=1") && !other.contains("MaxTenuringThreshold"), other);
    }

    @Test
    void aLargeSiteStartsWithItsHeap(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("content/guides"));
        Files.writeString(dir.resolve("content/_index.md"), "---\ntitle: Home\n---\n");
        for (int n = 1; n < 700; n++) {
            Files.writeString(dir.resolve("content/guides/p" + n + ".md"), "---\ntitle: P" + n + "\n---\n");
        }
        String[] check = {"check", "--root", dir.toString()};
        // -Xms sets the minimum heap too, which the JVM's own choice never does.
        String small = flags(Map.of("HIREGUIDE_SIZED_HEAP", "701"), check);
        assertTrue(small.contains("-XX:+UseParallelGC") && !small.contains("-XX:MinHeapSize=7"), small);
        // The young generation (32 MB) and 700 pages at 50 KB a page (35 MB): 67 MB, touched from the start.
        String large = flags(Map.of("HIREGUIDE_SIZED_HEAP", "700"), "build", "--root", dir.toString(),
                "--out", dir.resolve("out").toString());
        assertTrue(large.contains("-XX:MinHeapSize=70254592") && large.contains("-XX:+AlwaysPreTouch")
                && large.contains("-XX:TieredStopAtLevel=1"), large);
        // From that line the quick tier inlines as the JVM does by default (and the character read still).
        assertTrue(!large.contains("C1MaxInlineSize") && !large.contains("C1InlineStackLimit")
                && large.contains("-XX:CompileCommand=inline,java.lang.StringLatin1::charAt"), large);
        assertTrue(small.contains("-XX:C1MaxInlineSize=25") && small.contains("-XX:C1InlineStackLimit=4"), small);
        assertTrue(!small.contains("AlwaysPreTouch"), small);
        // A heap touched at start is touched in small pages: huge ones the kernel may first have to make.
        assertTrue(!large.contains("UseTransparentHugePages"), large);
        assertEquals(hugePagesOffered(), small.contains("-XX:+UseTransparentHugePages"), small);
        // A heap the user sizes is left alone: a starting heap above their maximum would stop the JVM.
        Run capped = run(Map.of("HIREGUIDE_SIZED_HEAP", "700", "HIREGUIDE_JAVA_OPTS", "-XX:+PrintCommandLineFlags -Xmx48m"), check);
        assertTrue(!capped.output().contains("Error occurred during initialization of VM")
                && !capped.output().contains("MinHeapSize=70254592") && !capped.output().contains("AlwaysPreTouch")
                && capped.output().contains("MaxHeapSize=50331648"),
                capped.output());
        String other = flags(Map.of("HIREGUIDE_SIZED_HEAP", "700"), "--version");
        assertTrue(!other.contains("MinHeapSize=70254592") && !other.contains("AlwaysPreTouch"), other);
    }

    @Test
    void theYoungGenerationGrowsWithTheSite(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("content/guides"));
        Files.writeString(dir.resolve("content/_index.md"), "---\ntitle: Home\n---\n");
        String[] check = {"check", "--root", dir.toString()};
        // With the parallel collector the smallest young generation is 32 MB, up to 3,200 pages;
        // with the serial one (from HIREGUIDE_BIG_SITE pages) 16 MB.
        String small = flags(Map.of(), check);
        assertTrue(small.contains("-XX:NewSize=33554432") && small.contains("-XX:+UseParallelGC"), small);
        String serial = flags(Map.of("HIREGUIDE_BIG_SITE", "1"), check);
        assertTrue(serial.contains("-XX:NewSize=16777216") && serial.contains("-XX:+UseSerialGC"), serial);
        for (int n = 1; n < 3600; n++) {
            Files.writeString(dir.resolve("content/guides/p" + n + ".md"), "---\ntitle: P" + n + "\n---\n");
        }
        // 3,600 pages at 10 MB per 1,000: 36 MB; with the serial collector at 5 MB per 1,000, 18 MB.
        String sized = flags(Map.of(), check);
        assertTrue(sized.contains("-XX:NewSize=37748736") && sized.contains("-XX:MaxNewSize=37748736"), sized);
        String sizedSerial = flags(Map.of("HIREGUIDE_BIG_SITE", "3000"), check);
        assertTrue(sizedSerial.contains("-XX:NewSize=18874368") && sizedSerial.contains("-XX:+UseSerialGC"), sizedSerial);
        // The user's own sizes are left alone, the young generation's and the heap's. JAVA_TOOL_OPTIONS
        // come before the launcher's options, so a size of the launcher's would win over them.
        String young = run(Map.of("JAVA_TOOL_OPTIONS", "-Xmn40m", "HIREGUIDE_JAVA_OPTS", "-XX:+PrintCommandLineFlags"),
                check).output();
        assertTrue(young.contains("-XX:NewSize=41943040") && !young.contains("37748736"), young);
        String ratio = run(Map.of("HIREGUIDE_JAVA_OPTS", "-XX:+PrintCommandLineFlags -XX:NewRatio=3"), check).output();
        assertTrue(ratio.contains("-XX:NewRatio=3") && !ratio.contains("NewSize="), ratio);
        String heap = run(Map.of("JAVA_TOOL_OPTIONS", "-Xmx60m", "HIREGUIDE_JAVA_OPTS", "-XX:+PrintCommandLineFlags"), check).output();
        assertTrue(heap.contains("-XX:MaxHeapSize=62914560") && !heap.contains("NewSize="), heap);
    }

    @Test
    void asksForHugePagesOnlyWhereTheKernelOffersThem(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.minimal(dir);
        Run check = run(Map.of("HIREGUIDE_JAVA_OPTS", "-XX:+PrintCommandLineFlags"), "check", "--root", site.root().toString());
        assertEquals(0, check.exit(), check.output());
        assertEquals(hugePagesOffered(), check.output().contains("-XX:+UseTransparentHugePages"), check.output());
        // Where the kernel has them off the JVM would warn about the flag on every run.
        assertTrue(!check.output().toLowerCase(java.util.Locale.ROOT).contains("warning"), check.output());
        String other = flags(Map.of(), "--version");
        assertTrue(!other.contains("UseTransparentHugePages"), other);
    }

    /** Whether the kernel gives transparent huge pages to a program that asks for them. */
    private static boolean hugePagesOffered() throws IOException {
        Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        String mode = Files.isReadable(setting) ? Files.readString(setting) : "";
        return mode.contains("[madvise]") || mode.contains("[always]");
    }

    private static String flags(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("HIREGUIDE_JAVA_OPTS", "-XX:+PrintCommandLineFlags");
        return run(all, args).output();
    }

    @Test
    void loadsTheClassesFromTheArchiveMadeBesideTheJar(@TempDir Path dir) throws Exception {
        Path jar = ROOT.resolve("target/hireguide.jar");
        Path archive = ROOT.resolve("target/hireguide.jsa");
        assertTrue(Files.isRegularFile(archive), "mvn package makes " + archive + "; see target/cds-warmup.log");
        String shared = run(Map.of("HIREGUIDE_JAVA_OPTS", "-Xlog:class+load=info"), "--version").output();
        assertTrue(shared.contains("dev.hireguide.cli.Main source: shared objects file (top)"), shared);

        // In a folder whose name has a space: the archive is handed over as one word.
        Path folder = Files.createDirectories(dir.resolve("my sites"));
        Path otherJar = Files.copy(jar, folder.resolve("hireguide.jar"));
        Path copied = Files.copy(archive, folder.resolve("hireguide.jsa"));
        long jarTime = Files.getLastModifiedTime(otherJar).toMillis();
        Files.setLastModifiedTime(copied, java.nio.file.attribute.FileTime.fromMillis(jarTime + 60_000));
        Map<String, String> other = Map.of("HIREGUIDE_JAR", otherJar.toString(),
                "HIREGUIDE_JAVA_OPTS", "-XX:+PrintCommandLineFlags");
        Run newer = run(other, "--version");
        assertEquals(0, newer.exit(), newer.output());
        assertTrue(newer.output().contains("-XX:SharedArchiveFile=" + copied), newer.output());
        // That archive was made for the jar in target/: this JVM starts without it, and says nothing.
        Run quiet = run(Map.of("HIREGUIDE_JAR", otherJar.toString()), "--version");
        assertEquals(0, quiet.exit(), quiet.output());
        assertTrue(quiet.output().startsWith("hireguide ") && quiet.output().lines().count() == 1, quiet.output());

        // An archive older than its jar (the jar made again since) is not handed over.
        Files.setLastModifiedTime(copied, java.nio.file.attribute.FileTime.fromMillis(jarTime - 60_000));
        Run older = run(other, "--version");
        assertTrue(older.exit() == 0 && !older.output().contains("SharedArchiveFile"), older.output());
    }

    @Test
    void runsTheJavaOfJavaHomeWhenItIsSet(@TempDir Path dir) throws Exception {
        Path java = Files.createDirectories(dir.resolve("jdk/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"the JDK in JAVA_HOME ran with $#\"\n");
        assertTrue(java.toFile().setExecutable(true));
        Run run = run(Map.of("JAVA_HOME", dir.resolve("jdk").toString()), "--version");
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().startsWith("the JDK in JAVA_HOME ran with "), run.output());
    }

    @Test
    void aCollectorTheUserNamesReplacesOurs(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/_index.md"), "---\ntitle: Home\n---\n");
        for (String[] args : List.of(new String[] {"check", "--root", dir.toString()}, new String[] {"--version"})) {
            Run run = run(Map.of("HIREGUIDE_JAVA_OPTS", "-XX:+PrintCommandLineFlags -XX:+UseG1GC"), args);
            // Given two collectors, the JVM would not start ("Multiple garbage collectors selected").
            assertTrue(!run.output().contains("Error occurred during initialization of VM")
                    && run.output().contains("-XX:+UseG1GC") && !run.output().contains("-XX:+UseSerialGC")
                    && !run.output().contains("-XX:+UseParallelGC"), run.output());
        }
        // However the options are separated: the JVM splits these variables at tabs and newlines too.
        Run tabbed = run(Map.of("JAVA_TOOL_OPTIONS", "-Xss2m\t-XX:+UseG1GC\n-Xmx200m",
                "HIREGUIDE_JAVA_OPTS", "-XX:+PrintCommandLineFlags"), "check", "--root", dir.toString());
        assertTrue(!tabbed.output().contains("Error occurred during initialization of VM")
                && tabbed.output().contains("-XX:+UseG1GC") && !tabbed.output().contains("-XX:+UseParallelGC")
                && tabbed.output().contains("-XX:MaxHeapSize=209715200") && !tabbed.output().contains("NewSize="),
                tabbed.output());
        // JDK_JAVA_OPTIONS too, which the java launcher reads; the user's collector gets the serial one's young generation.
        Run serial = run(Map.of("JDK_JAVA_OPTIONS", "-XX:+UseSerialGC", "HIREGUIDE_JAVA_OPTS", "-XX:+PrintCommandLineFlags"),
                "check", "--root", dir.toString());
        assertTrue(!serial.output().contains("Error occurred during initialization of VM")
                && serial.output().contains("-XX:+UseSerialGC") && !serial.output().contains("-XX:+UseParallelGC")
                && serial.output().contains("-XX:NewSize=16777216"), serial.output());
    }

    @Test
    void addsTheUsersJavaOptions() throws Exception {
        Run run = run(Map.of("HIREGUIDE_JAVA_OPTS", "-XX:+PrintCommandLineFlags"), "--version");
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("-XX:TieredStopAtLevel=1") && run.output().contains("-XX:+UseSerialGC"),
                run.output());
    }
}
