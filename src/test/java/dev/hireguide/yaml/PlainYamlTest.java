package dev.hireguide.yaml;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reader of everyday front matter gives the tree and positions that SnakeYAML's path
 * gives, for the sample site's files and for random documents; text it does not know it leaves
 * to SnakeYAML.
 */
class PlainYamlTest {

    private static final FilePositions WHERE = new FilePositions("content/guides/a.md", 2);

    @Test
    void readsTheSampleSitesFrontMatterAsSnakeYamlDoes() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            files = walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml")).sorted().toList();
        }
        int plain = 0;
        for (Path file : files) {
            String text = Files.readString(file);
            String yaml = text;
            if (file.toString().endsWith(".md")) {
                if (!text.startsWith("---\n") || text.indexOf("\n---\n", 3) < 0) {
                    continue;
                }
                yaml = text.substring(4, text.indexOf("\n---\n", 3) + 1);
            }
            if (assertSameAsSnakeYaml(yaml)) {
                plain++;
            }
        }
        assertTrue(plain > files.size() / 2, "read without SnakeYAML: " + plain + " of " + files.size());
    }

    @Test
    void readsKeysUpToSnakeYamlsLimit() {
        assertTrue(assertSameAsSnakeYaml("k".repeat(1000) + ": v\na: {" + "x".repeat(1000) + ": 1}\n"));
    }

    @Test
    void readsTheEverydayForms() {
        String yaml = """
                title: "FastAPI vs Flask"
                description: 'Which one to hire for'
                date: 2024-03-01
                draft: false
                weight: 3
                ratio: 3.10
                nothing:
                tilde: ~
                tags: ["python", 'web', api, 2024]
                empty: []
                ratings: {framework/fastapi: 5, flask: "3", x.y: z w}
                none: {}
                homepage: https://example.com/a?b=c
                # a comment line

                market:
                  salary:
                    - level: junior
                      min: 60000
                      currencies:
                      - EUR
                    - level: senior
                  difficulty: hard
                levels:
                - junior
                - "mid"
                summary: >-
                  Folded into one line: with [links](/x/)
                  and a second line.
                notes: |
                  Kept as lines.
                  Second line.

                last: x
                """;
        assertTrue(assertSameAsSnakeYaml(yaml));
    }

    @Test
    void leavesEverythingElseToSnakeYaml() {
        for (String yaml : List.of("", "# only a comment\n", "---\ntitle: a\n", "title: a # comment\n", "title: \"a\\\"b\"\n",
                "title: 'it''s'\n", "title: a\n  continued\n", "title: |\n  a\n\n  b\n", "title: >\n  a\n    deeper\n", "title: |+\n  a\n",
                "title: |2\n  a\n", "title: | # c\n  a\n", "title: >-\n  a\n  # not a comment\nb: 1\n", "title: |\n  a",
                "title: >-\n\n  a\n", "title: >-\na\n", "title: >-\n  a\n   \nb: 1\n",
                "title: &a x\n", "title: *a\n", "title: !!str 5\n", "title: {a: {b: 1}}\n", "title: {a: 1,}\n", "title:\ta\n", "title: a \n",
                "title: a\ntitle: b\n", "\"title\": a\n", "title: [a,\n  b]\n", "title: [a, ]\n", "title: [a]]\n",
                "title: a: b\n", "title: a:\n", "  title: a\n", "- a\n", "title:\n-\n  a\n", "title: - a\n",
                "title: @x\n", "title: `x`\n", "title: \"a\" b\n", "title: x\u0085y\n", "title: \ufeffx\n",
                "key:value\n", "a: 1\n- b\n", "a:\n  - x\n   - y\n", "a:\n  b: 1\n c: 2\n", "a: [\"x\\\"\"]\n",
                "a: [{b: 1}]\n", "a: [[1]]\n", "a: [b: c]\n", "a: ['x''y']\n", "%YAML 1.2\n---\na: 1\n",
                "k".repeat(1025) + ": v\n", "a: 1\n" + "k".repeat(1025) + ": v\n", "a:\n- " + "k".repeat(1025) + ": v\n",
                "a: {" + "k".repeat(1025) + ": 1}\n")) {
            assertNull(PlainYaml.read(yaml, WHERE), () -> "read without SnakeYAML:\n" + yaml);
        }
    }

    @Test
    void readsRandomDocumentsAsSnakeYamlDoes() {
        Random random = new Random(20261123);
        int plain = 0;
        int documents = 6000;
        for (int n = 0; n < documents; n++) {
            StringBuilder yaml = new StringBuilder();
            mapping(random, yaml, 0, 0);
            String text = yaml.toString();
            if (random.nextInt(8) == 0) {
                text = noise(random, text);
            }
            if (assertSameAsSnakeYaml(text)) {
                plain++;
            }
        }
        assertTrue(plain > documents / 6, "read without SnakeYAML: " + plain + " of " + documents);
    }

    /** Values an editor writes every day. */
    private static final List<String> VALUES = List.of("Backend engineer", "\"Quoted: with # and , and [x]\"",
            "'single # quoted'", "42", "-7", "3.10", "0123", "1e3", "0x1F", "true", "false", "yes", "No", "null", "~",
            "2024-03-01", "a:b", "(remote)", "/path/x", ".5", "$120k", "+1", "-x", "Müller & Söhne", "[a, b]",
            "[\"x\", 'y', z 1, 2.5]", "[]", "[ a ,b ]", "{a: 1, b/c: \"x y\"}", "{}", "\"\"", "''", "é", "中文 text",
            "a  b", "C#", "https://example.com/x", "x.y/z");

    /** Values this reader leaves to SnakeYAML, or that YAML reads in its own way. */
    private static final List<String> TRICKY = List.of("--x", "a # b",
            "a: b", "\"a\\\"b\"", "'it''s'", "a\tb", "[a,]", "[a, [b]]", "{a: {b: 1}}", "{a:1}", "{a: 1, a: 2}",
            "&anchor x", "*alias", "!!str 5", "|", ">", "@handle", "`code`", "x:", "%x", "x #", "#x", "? x", ", x",
            "\"unclosed", "[unclosed", "{unclosed", "a ", "'a' b");

    private static final List<String> KEYS = List.of("title", "min_salary", "red-flags", "2024", "a", "level", "x_1",
            "true", "framework/fastapi", "v1.2", "k");

    private static final List<String> ODD_KEYS = List.of("key with space", "\"quoted\"", "-dash", "/slash", "a:b", "? a");

    private static void mapping(Random random, StringBuilder yaml, int indent, int depth) {
        int entries = 1 + random.nextInt(depth == 0 ? 6 : 3);
        for (int e = 0; e < entries; e++) {
            if (random.nextInt(12) == 0) {
                yaml.append(" ".repeat(random.nextInt(5))).append(random.nextBoolean() ? "# note\n" : "\n");
            }
            List<String> keys = random.nextInt(25) == 0 ? ODD_KEYS : KEYS;
            yaml.append(" ".repeat(indent)).append(keys.get(random.nextInt(keys.size()))).append(':');
            value(random, yaml, indent, depth);
        }
    }

    private static void value(Random random, StringBuilder yaml, int indent, int depth) {
        int kind = depth > 3 ? 0 : random.nextInt(11);
        if (kind == 10) {
            // A block of text: usually plain lines at one indent, sometimes with a blank, deeper or comment line.
            yaml.append(' ').append(List.of("|", "|-", ">", ">-", "|+", ">2").get(random.nextInt(6))).append('\n');
            int at = indent + 1 + random.nextInt(3);
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                String odd = random.nextInt(10) != 0 ? "" : List.of("\n", "  ", "# c\n" + " ".repeat(at), " ").get(random.nextInt(4));
                yaml.append(" ".repeat(at)).append(odd).append(pick(random)).append('\n');
            }
            if (random.nextInt(5) == 0) {
                yaml.append(random.nextBoolean() ? "\n" : "# after\n");
            }
        } else if (kind < 6) {
            yaml.append(random.nextInt(15) == 0 ? "" : random.nextInt(10) == 0 ? "  " : " ")
                    .append(random.nextInt(15) == 0 ? "" : pick(random)).append('\n');
        } else if (kind < 8) {
            yaml.append('\n');
            mapping(random, yaml, indent + 1 + random.nextInt(3), depth + 1);
        } else {
            yaml.append('\n');
            int dash = random.nextInt(3) == 0 ? indent : indent + 2;
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                yaml.append(" ".repeat(dash)).append('-');
                if (random.nextBoolean()) {
                    yaml.append(' ').append(pick(random)).append('\n');
                } else {
                    // A mapping in the item: its first key on the dash's line, the others under it.
                    int column = dash + 2;
                    yaml.append(' ');
                    StringBuilder item = new StringBuilder();
                    mapping(random, item, column, depth + 1);
                    yaml.append(item.substring(column));
                }
            }
        }
    }

    private static String pick(Random random) {
        List<String> values = random.nextInt(25) == 0 ? TRICKY : VALUES;
        return values.get(random.nextInt(values.size()));
    }

    /** A small change anywhere: a character dropped, doubled or replaced by one YAML cares about. */
    private static String noise(Random random, String text) {
        if (text.isEmpty()) {
            return text;
        }
        int at = random.nextInt(text.length());
        String marks = " -:#\"'[]{}\n\t&*!|>,";
        return switch (random.nextInt(3)) {
            case 0 -> text.substring(0, at) + text.substring(at + 1);
            case 1 -> text.substring(0, at) + text.charAt(at) + text.substring(at);
            default -> text.substring(0, at) + marks.charAt(random.nextInt(marks.length())) + text.substring(at + 1);
        };
    }

    /** True when the plain reader read the text; it must then agree with SnakeYAML's path, which must find no problem. */
    private static boolean assertSameAsSnakeYaml(String yaml) {
        YamlDocument plain = PlainYaml.read(yaml, WHERE);
        if (plain == null) {
            return false;
        }
        TreeBuilder builder = new TreeBuilder(new ParserImpl(new StreamReader(yaml), new LoaderOptions()), WHERE);
        Optional<YamlDocument> snake;
        try {
            snake = builder.build();
        } catch (RuntimeException e) {
            throw new AssertionError("SnakeYAML refuses what the plain reader read:\n" + yaml, e);
        }
        assertEquals(List.of(), builder.diagnostics(), () -> "problems in:\n" + yaml);
        assertTrue(snake.isPresent(), () -> "no document from:\n" + yaml);
        assertEquals(snake.get().root(), plain.root(), () -> "the tree of:\n" + yaml);
        assertEquals(snake.get().positions(), plain.positions(), () -> "the positions in:\n" + yaml);
        assertEquals(snake.get().file(), plain.file());
        return true;
    }

    @Test
    void theParserUsesItAndStillReportsWhatItLeaves() {
        YamlResult read = StrictYaml.parse("title: a\nlevel: [senior]\n", "content/a.md", 2);
        assertNotNull(read.document().orElse(null));
        assertEquals(List.of(), read.diagnostics());
        YamlResult duplicate = StrictYaml.parse("title: a\ntitle: b\n", "content/a.md", 2);
        assertEquals(1, duplicate.diagnostics().size());
        assertEquals(3, duplicate.diagnostics().get(0).position().line());
    }
}
