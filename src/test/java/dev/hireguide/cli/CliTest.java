package dev.hireguide.cli;

import dev.hireguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line: exit codes, and what goes to stdout and stderr. */
class CliTest {

    @TempDir
    Path dir;


    @Test
    void buildExitsZeroAndSaysWhereTheSiteIs() {
        TestSite.minimal(dir);
        CliRun run = CliRun.of("build", "--root", dir.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("Built 1 pages"), run.out());
        assertTrue(run.out().contains("index.html"), run.out());
        assertTrue(Files.exists(dir.resolve("site/index.html")));
    }

    @Test
    void buildExitsOneAndPrintsPositionsOnContentErrors() {
        TestSite.minimal(dir).write("content/a.md", "---\ntitle: A\n");
        CliRun run = CliRun.of("build", "--root", dir.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("content/a.md:1:1: error: the front matter is not closed"), run.err());
        assertTrue(run.err().contains("  hint: "), run.err());
        assertTrue(run.err().contains("Build failed: 1 error, 0 warnings"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void buildPrintsStageTimingsWhenAsked() {
        TestSite.minimal(dir);
        CliRun run = CliRun.of("build", "--root", dir.toString(), "--timings");
        assertEquals(0, run.code(), run.err());
        for (String stage : new String[] {"config", "scan", "parse", "assemble", "render", "write"}) {
            assertTrue(run.out().lines().anyMatch(l -> l.matches("stage " + stage + " +[0-9.]+ ms +[0-9.]+%")), run.out());
        }
    }

    @Test
    void buildTakesTheAudienceAsTheUserGuideWritesIt() {
        TestSite.minimal(dir).write("content/notes.md", "---\ntitle: Notes\naudience: internal\n---\nBands.\n");
        CliRun internal = CliRun.of("build", "--root", dir.toString(), "--audience", "internal");
        assertEquals(0, internal.code(), internal.err());
        assertTrue(Files.exists(dir.resolve("site/notes/index.html")));
        CliRun pub = CliRun.of("build", "--root", dir.toString(), "--audience", "public");
        assertEquals(0, pub.code(), pub.err());
        assertFalse(Files.exists(dir.resolve("site/notes/index.html")));
        CliRun bad = CliRun.of("build", "--root", dir.toString(), "--audience", "everyone");
        assertEquals(2, bad.code(), bad.err());
        assertTrue(bad.err().contains("--audience"), bad.err());
    }

    @Test
    void buildWritesToOutFolder() {
        TestSite.minimal(dir);
        CliRun run = CliRun.of("build", "--root", dir.toString(), "--out", dir.resolve("public").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.exists(dir.resolve("public/index.html")));
    }

    @Test
    void buildRefusesToReplaceTheSiteFolderItself() {
        TestSite.minimal(dir);
        CliRun run = CliRun.of("build", "--root", dir.toString(), "--out", dir.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("refusing to write the site to"), run.err());
        assertTrue(Files.exists(dir.resolve("content/site.yaml")));
    }

    @Test
    void buildRefusesAFolderOfSomeoneElsesFiles() throws Exception {
        TestSite.minimal(dir);
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/notes.txt"), "mine");
        CliRun run = CliRun.of("build", "--root", dir.toString(), "--out", dir.resolve("docs").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("has files that hireguide did not write"), run.err());
        assertEquals("mine", Files.readString(dir.resolve("docs/notes.txt")));
    }

    @Test
    void buildRefusesOutputInsideContent() {
        TestSite.minimal(dir);
        CliRun run = CliRun.of("build", "--root", dir.toString(), "--out", dir.resolve("content/site").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("inside content/"), run.err());
    }

    @Test
    void buildRejectsABadBaseUrlOption() {
        TestSite.minimal(dir);
        CliRun run = CliRun.of("build", "--root", dir.toString(), "--base-url", "javascript:alert(1)");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--base-url"), run.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("build", "--frobnicate");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--frobnicate"), run.err());
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of();
        assertEquals(2, run.code());
        assertTrue(run.err().contains("build"), run.err());
    }

    @Test
    void versionPrintsTheVersion() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.code());
        assertTrue(run.out().startsWith("hireguide "), run.out());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"build", "check", "new"}) {
            CliRun run = CliRun.of(command, "--help");
            assertEquals(0, run.code(), command);
            assertTrue(run.out().contains("Usage: hireguide " + command), run.out());
        }
    }

    @Test
    void setsUpOnlyTheCommandNamedFirstAndAllOfThemForHelpAndErrors() {
        assertEquals(1, Main.commandsFor(new String[] {"build", "--quiet"}).size());
        assertTrue(Main.commandsFor(new String[] {"build"}).get(0) instanceof BuildCommand);
        assertTrue(Main.commandsFor(new String[] {"serve"}).get(0) instanceof ServeCommand);
        assertEquals(7, Main.commandsFor(new String[] {}).size());
        assertEquals(7, Main.commandsFor(new String[] {"help", "build"}).size());
        assertEquals(7, Main.commandsFor(new String[] {"--quiet", "build"}).size());
        // What the user sees is unchanged: help on a command, and every command in the top usage.
        CliRun help = CliRun.of("help", "check");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().contains("Usage: hireguide check"), help.out());
        CliRun wrong = CliRun.of("bilud");
        assertEquals(2, wrong.code());
        assertTrue(wrong.err().contains("Did you mean: hireguide build?"), wrong.err());
        CliRun none = CliRun.of();
        for (String command : new String[] {"build", "check", "new", "serve", "bench-corpus", "help"}) {
            assertTrue(none.err().contains("  " + command + " "), command + " in " + none.err());
        }
    }

    @Test
    void checkReportsWithoutWriting() {
        TestSite.minimal(dir).write("content/a.md", "---\ntitle: A\nweight: x\n---\n");
        CliRun run = CliRun.of("check", "--root", dir.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("content/a.md:3:"), run.err());
        assertTrue(run.out().contains("Checked"), run.out());
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void checkPrintsJson() {
        TestSite.minimal(dir).write("content/a.md", "---\ntitle: A\n");
        CliRun run = CliRun.of("check", "--root", dir.toString(), "--format", "json");
        assertEquals(1, run.code());
        assertTrue(run.out().startsWith("{\"errors\":1,\"warnings\":0,\"diagnostics\":[{\"severity\":\"error\","
                + "\"file\":\"content/a.md\",\"line\":1,\"column\":1,\"message\":\"the front matter is not closed\""), run.out());
    }

    @Test
    void checkOfAGoodSiteExitsZero() {
        TestSite.minimal(dir);
        CliRun run = CliRun.of("check", "--root", dir.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("no problems"), run.out());
    }

    @Test
    void newWritesAFileFromTheArchetypeAndRefusesToOverwrite() throws Exception {
        TestSite.minimal(dir);
        CliRun run = CliRun.of("new", "page", "articles/fastapi-developers", "--root", dir.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("content/articles/fastapi-developers.md", run.out().strip());
        String text = Files.readString(dir.resolve("content/articles/fastapi-developers.md"));
        assertTrue(text.contains("Fastapi developers"), text);
        assertFalse(text.contains("{{"), text);
        assertEquals(0, CliRun.of("build", "--root", dir.toString()).code(), "the new page must build");

        CliRun again = CliRun.of("new", "page", "articles/fastapi-developers", "--root", dir.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("already exists"), again.err());
    }

    @Test
    void newWritesEveryTypeIntoItsFolderAndTheFilesCheckClean() throws Exception {
        TestSite.minimal(dir);
        for (String[] t : new String[][] {{"guide", "guides"}, {"comparison", "comparisons"}, {"questions", "questions"},
                {"role", "roles"}, {"framework", "frameworks"}, {"term", "glossary"}}) {
            CliRun run = CliRun.of("new", t[0], "example-" + t[0], "--root", dir.toString());
            assertEquals(0, run.code(), run.err());
            assertEquals("content/" + t[1] + "/example-" + t[0] + ".md", run.out().strip());
        }
        // The comparison's placeholder subjects must exist for it to check clean.
        TestSite site = new TestSite(dir)
                .write("content/frameworks/first-framework.md", "---\ntitle: A\nname: A\n---\n")
                .write("content/frameworks/second-framework.md", "---\ntitle: B\nname: B\n---\n");
        CliRun check = CliRun.of("check", "--root", site.root().toString(), "--drafts");
        assertEquals(0, check.code(), check.err());
    }

    @Test
    void newRejectsUnknownTypeAndBadSlug() {
        CliRun type = CliRun.of("new", "podcast", "x", "--root", dir.toString());
        assertEquals(2, type.code());
        assertTrue(type.err().contains("available types: comparison, framework, guide, page, questions, role, term"), type.err());
        CliRun slug = CliRun.of("new", "page", "../escape", "--root", dir.toString());
        assertEquals(2, slug.code());
        assertTrue(slug.err().contains("not a valid slug"), slug.err());
    }
}
