package dev.hireguide.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.internal.DocumentParser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The core block parsers asked only about lines that could start their blocks build the same
 * documents as Flexmark asking every one of them about every line.
 */
class CoreBlockStartsTest {

    private static final DataHolder OPTIONS = MarkdownRenderer.flexmarkOptions(new MarkdownOptions("/"), true, true);
    private static final Parser OURS = MarkdownRenderer.parser(OPTIONS, true);
    private static final Parser FLEXMARKS = MarkdownRenderer.parser(OPTIONS, false);
    private static final HtmlRenderer HTML = HtmlRenderer.builder(OPTIONS).build();

    @Test
    void asksTheCoreParsersInFlexmarksOwnOrder() {
        List<Class<?>> flexmarks = DocumentParser.calculateBlockParserFactories(new MutableDataSet(), List.of()).stream()
                .<Class<?>>map(Object::getClass).toList();
        List<Class<?>> ours = CoreBlockStarts.CORE.stream().map(CoreBlockStarts.Core::factory)
                .<Class<?>>map(Object::getClass).toList();
        assertEquals(flexmarks, ours);
    }

    @Test
    void everyCoreParserIsOfferedTheLinesItStartsBlocksOn() {
        List<CustomBlockParserFactory> offered = CoreBlockStarts.CORE.stream().map(CoreBlockStarts.Core::factory).toList();
        assertEquals(7, offered.size());
        for (String markdown : List.of("> quote", "# heading", "Title\n=====", "Title\n-----", "```\ncode\n```", "~~~\ncode\n~~~",
                "<div>\nhtml\n</div>", "***", "___", "- - -", "- item", "+ item", "* item", "1. item", "9) item", "    code")) {
            assertParsedAlike(markdown);
            assertTrue(!dump(OURS.parse(markdown)).contains("Document[0, " + markdown.length() + "]\n  Paragraph"), markdown);
        }
    }

    @Test
    void aThreadReusesItsFactoriesForTheSameOptionsOnly() throws Exception {
        CoreBlockStarts starts = new CoreBlockStarts();
        DataHolder other = MarkdownRenderer.flexmarkOptions(new MarkdownOptions("/base/"), true, true);
        Object first = starts.apply(OPTIONS);
        assertSame(first, starts.apply(OPTIONS));
        Object forOther = starts.apply(other);
        assertNotSame(first, forOther);
        assertSame(forOther, starts.apply(other));
        Object[] onAnotherThread = new Object[1];
        Thread thread = new Thread(() -> onAnotherThread[0] = starts.apply(other));
        thread.start();
        thread.join();
        assertNotSame(forOther, onAnotherThread[0]);
    }

    @Test
    void documentsParsedOnSeveralThreadsAtOnceParseAlike() throws Exception {
        List<String> examples = specExamples();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t * 97;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < examples.size(); i++) {
                        assertParsedAlike(examples.get((i + offset) % examples.size()));
                    }
                }));
            }
            for (java.util.concurrent.Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theCommonMarkSpecificationsExamplesParseAlike() throws IOException {
        List<String> examples = specExamples();
        assertTrue(examples.size() > 600, "examples read: " + examples.size());
        for (String example : examples) {
            assertParsedAlike(example);
        }
    }

    @Test
    void randomDocumentsParseAlike() {
        List<String> blocks = new ArrayList<>(DirectHtmlRendererTest.BLOCKS);
        blocks.addAll(List.of("- item\nlazy line\n- next", "1. one\n   continued\n\n   para\n2. two", "- a\n  - b\n    text\n  more",
                "- item\n\n  > quote in item\n- x", "Para\n# heading interrupts", "Para\n- list interrupts", "Para\n2. no interrupt",
                "Para\n    not code", "<!-- comment -->\ntext", "  - indented item\n  text", "-\n  empty item", "1.\n2. b",
                "| a |\n| - |\n| - item? |", "Text\n***\nmore", "- [x] done\n- [ ] not", "> quote\nlazy\n> more"));
        Random random = new Random(4242);
        for (int n = 0; n < 3000; n++) {
            StringBuilder markdown = new StringBuilder();
            for (int b = 1 + random.nextInt(6); b > 0; b--) {
                String indent = switch (random.nextInt(8)) {
                    case 0 -> "  ";
                    case 1 -> "    ";
                    case 2 -> "\t";
                    default -> "";
                };
                markdown.append(indent).append(blocks.get(random.nextInt(blocks.size())).replace("\n", "\n" + indent))
                        .append(random.nextInt(3) == 0 ? "\n" : "\n\n");
            }
            assertParsedAlike(markdown.toString());
        }
    }

    private static void assertParsedAlike(String markdown) {
        Document ours = OURS.parse(markdown);
        Document flexmarks = FLEXMARKS.parse(markdown);
        assertEquals(dump(flexmarks), dump(ours), () -> "the tree of:\n" + markdown);
        assertEquals(HTML.render(flexmarks), HTML.render(ours), () -> "the HTML of:\n" + markdown);
    }

    private static String dump(Node node) {
        StringBuilder out = new StringBuilder();
        dump(node, 0, out);
        return out.toString();
    }

    private static void dump(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node).append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            dump(child, depth + 1, out);
        }
    }

    /** The examples of the CommonMark specification that Flexmark is tested against, tabs restored. */
    private static List<String> specExamples() throws IOException {
        String fence = "`".repeat(32);
        List<String> examples = new ArrayList<>();
        try (InputStream in = CoreBlockStartsTest.class.getResourceAsStream("/spec.0.29.txt")) {
            assertNotNull(in, "spec.0.29.txt from flexmark-test-specs");
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            StringBuilder example = null;
            for (String line : lines) {
                if (line.equals(fence + " example")) {
                    example = new StringBuilder();
                } else if (example != null && line.equals(".")) {
                    examples.add(example.toString().replace('→', '\t'));
                    example = null;
                } else if (example != null) {
                    example.append(line).append('\n');
                }
            }
        }
        return examples;
    }
}
