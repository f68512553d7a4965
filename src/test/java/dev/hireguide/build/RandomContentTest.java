package dev.hireguide.build;

import dev.hireguide.diag.Diagnostic;
import dev.hireguide.testing.TestSite;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property test: pages put together at random from the pieces of front matter and Markdown
 * (valid and broken alike) never crash a build. Every outcome is a written page or a
 * diagnostic with a position, and building twice gives the same bytes. Seeded, so a failure
 * names the seed that reproduces it.
 */
class RandomContentTest {

    private static final String[] KEYS = {"title", "description", "date", "tags", "weight", "slug", "draft",
        "layout", "titel", "type", "related", "audience", "market", "term", "short", "questions", "<<", "? x"};
    private static final String[] VALUES = {"Hiring \"FastAPI\" devs", "No", "yes", "0123", "3.10", "2026-02-30",
        "2026-01-05", "[a, b]", "[]", "{}", "&anchor x", "*alias", "!!str x", "'unclosed", "\"</script><img src=x onerror=alert(1)>\"",
        "-1", "99999999999999999999", "\t tab", "null", "~", "internal", "guide", ">-\n  folded text", "|\n  literal",
        "\n  - nested\n  - list", "\n  as_of: 2026-01\n  source: {name: X}", "junior", "\u202Eevil", ""};
    private static final String[] MARKDOWN = {"# Heading\n", "## Salary\n## Salary\n", "> [!TIP]\n> Ask for a project.\n",
        "> [!BOGUS]\n> x\n", "| a | b |\n|---|---|\n| 1 | 2 |\n", "- [ ] task\n- [x] done\n", "```python\nprint(1)\n```\n",
        "[link](javascript:alert(1))", "[ok](/articles/a/)", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
        "<details><summary>More</summary>Text</details>", "Footnote[^1].\n\n[^1]: Note.\n", "*a **b* c**",
        ">".repeat(300) + " deep\n", "[".repeat(500), "~~gone~~ https://example.com", "\u0000", "&#106;avascript:x",
        "Text with *emphasis* and `code`.\n", "---\n", "<!-- comment", "\\", "\n\n\n"};

    static IntStream seeds() {
        return IntStream.range(0, 120);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomPagesNeverCrashTheBuildAndBuildTheSameTwice(int seed, @TempDir Path dir) {
        Random random = new Random(seed);
        TestSite site = TestSite.minimal(dir).write("content/articles/a.md", "---\ntitle: A\n---\nAnchor page.\n");
        int pages = 1 + random.nextInt(3);
        for (int p = 0; p < pages; p++) {
            String folder = new String[] {"articles", "guides", "glossary", "questions", "roles"}[random.nextInt(5)];
            site.write("content/" + folder + "/page-" + p + ".md", page(random));
        }
        BuildResult first = site.build(BuildOptions.of(dir).withOut(dir.resolve("one")));
        for (Diagnostic d : first.diagnostics()) {
            assertTrue(d.position().file().startsWith("content/") || d.position().file().startsWith("themes/"),
                    "seed " + seed + ": " + d.headline());
            assertTrue(d.position().line() > 0 || d.message().contains("same URL") || d.message().contains("template")
                    || d.message().contains("cannot be part of a URL"), "seed " + seed + " has no line: " + d.headline());
            assertTrue(!d.message().contains("Exception") && !d.message().contains("internal error"),
                    "seed " + seed + ": " + d.headline());
        }
        BuildResult second = site.build(BuildOptions.of(dir).withOut(dir.resolve("two")));
        assertEquals(TestSite.headlines(first), TestSite.headlines(second), "seed " + seed);
        if (!first.failed()) {
            var one = TestSite.snapshot(dir.resolve("one"));
            var two = TestSite.snapshot(dir.resolve("two"));
            assertEquals(one.keySet(), two.keySet(), "seed " + seed);
            one.forEach((path, bytes) -> assertArrayEquals(bytes, two.get(path), "seed " + seed + ": " + path));
            one.forEach((path, bytes) -> {
                String html = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(!path.endsWith(".html") || !html.contains("onerror=alert") && !html.contains("<script>alert"),
                        "seed " + seed + ": unsafe markup in " + path);
            });
        }
    }

    private static String page(Random random) {
        StringBuilder text = new StringBuilder("---\n");
        if (random.nextInt(4) > 0) {
            text.append("title: ").append(pick(random, List.of("Page", "\"Quoted: title\"", "No", "<b>bold</b>"))).append('\n');
        }
        int keys = random.nextInt(5);
        for (int i = 0; i < keys; i++) {
            text.append(KEYS[random.nextInt(KEYS.length)]).append(": ").append(VALUES[random.nextInt(VALUES.length)]).append('\n');
        }
        if (random.nextInt(10) > 0) {
            text.append("---\n");
        }
        int blocks = random.nextInt(6);
        for (int i = 0; i < blocks; i++) {
            text.append(MARKDOWN[random.nextInt(MARKDOWN.length)]).append('\n');
        }
        return text.toString();
    }

    private static String pick(Random random, List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
