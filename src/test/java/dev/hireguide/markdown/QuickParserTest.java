package dev.hireguide.markdown;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.DelimitedNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.hireguide.bench.CorpusWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quick parser builds the tree Flexmark builds, node for node with the same text, or refuses
 * the document; and the documents hireguide's pages are made of take the quick path.
 */
class QuickParserTest {

    private static final MarkdownOptions OPTIONS = new MarkdownOptions("/");
    /** Flexmark's parsers as {@link MarkdownRenderer} picks them: by tables, then by autolinks. */
    private static final Parser[][] PARSERS = {
        {parser(false, false), parser(false, true)},
        {parser(true, false), parser(true, true)}};
    private static final ListOptions LIST_OPTIONS = ListOptions.get(MarkdownRenderer.flexmarkOptions(OPTIONS, true, true));

    private static Parser parser(boolean tables, boolean autolinks) {
        return MarkdownRenderer.parser(MarkdownRenderer.flexmarkOptions(OPTIONS, tables, autolinks));
    }

    private static Parser flexmark(String markdown) {
        return PARSERS[markdown.indexOf('|') >= 0 ? 1 : 0][MarkdownRenderer.mayHoldAutolink(markdown) ? 1 : 0];
    }

    /** Blocks at the edge of the subset, each taken or refused; with the direct renderer's blocks, random documents join them. */
    private static final List<String> EDGES = List.of(
            "## Why it matters",
            "###### Six",
            "####### Seven marks",
            "#NoSpace",
            "## Closed ##",
            "# Heading with **strong** and `code` and [a link](/x/)",
            "A **bold** start and [link](/guides/x/) text, ok.\nSecond line with *em* and `code`.",
            "**Strong** at the start and *em* at the end of a line *here*",
            "Intra**word**strong and a*b*c and 2*3",
            "**not closed and *not* either",
            "**Level:** Junior and *Note:* text, **Why?** because **b,**, *c;*: *d)*",
            "After a bracket (**a.**) and a quote \"*b.*\"",
            "**Ends:**\nnext line and **x:**b and *y.*z and **w:**! and *v:*_u_",
            "**Nested (parens)** and *a (b)* and **c (d).** then *e?*?",
            "***both*** and **strong.** and *em,* then **a** **b**",
            "A `code` span, a ``double`` one and ` spaced ` one",
            "Tricky *emphasis `with* code` and [text `with](code)`",
            "A [link](/x/) and [bare] and [two][ref] and ![image](/i.png) and [[wiki]]",
            "A [link with spaces ](/x/) and [ leading](/y/)",
            "[Starts](/with/a/link/) the line.",
            "A [link](</angle>) and [titled](/t/ \"T\") and [parens](/a(b)c)",
            "Bang! then text, and a question? and (brackets) and \"quotes\" and it's fine.",
            "Line with a trailing space \nnext",
            "Tab\tinside",
            "Ampersand & and R&D and &amp; and 5 < 6 and 7 > 3",
            "Snake_case and ~tilde~ and back\\slash",
            "1. ordered\n2. list",
            "1. Screen **call**\n2. [Take-home](/t/)\n10. Offer",
            "3) starts at three\n4) four",
            "1. a\n2) b",
            "1. a\n- b",
            "- a\n1. b",
            "1. a\n\n2. b",
            "1. a\n\n3) b",
            "- a\n\n1. b",
            "1. a\n\n- b",
            "01. leading zero\n02. two",
            "0. zero",
            "123456789. nine digits",
            "1234567890. ten digits",
            "1. [x](/) ticked?",
            "1.no space",
            "1. one\n   continued",
            "1. one\ncontinued lazily",
            "1.",
            "10.5% is a number",
            "2024 was a year.\n2) but this interrupts",
            "- one\n- two\n- three **strong** and [link](/l/)",
            "- tight\n  - nested",
            "- one\n  two lines\n- three\n  four **b** and [l](/l/)\n  five",
            "- **HTTP and API design.** Correct methods and status codes, consistent errors,\n  versioning, and [idempotency](/glossary/idempotency/) for retries.",
            "- one\n   three spaces",
            "- one\n    four spaces",
            "- one\n  - nested\n  two",
            "- one\n  # heading?\n- two\n  > quote?",
            "- one\n  1. numbered?",
            "10. ten\n    four\n11. eleven\n    more",
            "1. one\n  two spaces only",
            "1) one\n   three\n2) two",
            "- a\n  b\n\nafter",
            "- a\n  b\n\n  c",
            "- a\n  b\n\n- c",
            "- a\n  b \n- trailing space",
            "- a\n  `code` and *em* and 2024\n- b\n  10.5%",
            "- item\ncontinued lazily",
            "- # heading item\n- > quote item",
            "- [ ] task\n- [x] done",
            "-\n- empty",
            "* star\n* list",
            "+ plus",
            "> [!WARNING]\n> Look for structured experience, not just a *biased* scorecard.",
            "> [!TIP]\n> one\n> two *e*",
            "> [!NOTE]",
            "> [!NOPE]\n> Unknown type.",
            "> [!NOTE] with text\n> more",
            "> Plain quote\n> second line.",
            "> Quote\nlazy line",
            "> Quote\n>\n> two paragraphs",
            "> > nested",
            "```java\nclass A {\n\tint x = 1 < 2 && 3 > 2; // *not* [em](x)\n}\n```",
            "```\nno language\n\n\nblank lines kept\n```",
            "```go\nrow := x\n\t```\nstill code\n```",
            "```\nnot closed",
            "````\nfour\n````",
            "```js {.x}\nlet a;\n```",
            "```\n```",
            "| Level | What to ask | Strong signal |\n| --- | :--- | ---: |\n| Junior | Review *x* | **Own** it |\n| Senior | [Link](/s/) | Plain |",
            "| a | b |\n| :---: | --- |\n| 1 | 2 |",
            "| a | b |\n| --- | --- |\n| only one |",
            "| a | b |\n| --- | --- |\n| 1 | 2 | 3 |",
            "| a |  |\n| --- | --- |\n| 1 | 2 |",
            "| a | b |\n| -- | --- |\n| 1 | 2 |",
            "| code | x |\n| --- | --- |\n| `a|b` | 2 |",
            "| head |\n| --- |",
            "| a | b |\n| --- | --- |\n| 1 | 2 |\nafter",
            "Not | a table",
            "Paragraph\n| a | b |\n| --- | --- |\n| 1 | 2 |",
            "Setext\n======",
            "Setext\n---",
            "Paragraph\n# heading right after",
            "Paragraph\n```\ncode\n```",
            "    indented code",
            "<div>html</div>",
            "```java\n@RestController\nResponseEntity<X> f(@PathVariable long id) { return \"https://example.com www.x.org a@b.com\"; }\n```",
            "Mail hr@example.com or see https://example.com and www.example.com",
            "A **www.example.com** and `a@b.com` and [www.x.org](/x/) and [site](https://example.com/a@b)",
            "Handles @alice and @bob: fine, and a colon: fine",
            // Found by a fuzzing review: a ticked task item with no space, line ends of Java's
            // regular expressions, an e-mail address after a Unicode space.
            "- [x](/)\n- [X](/x/) and\n- [GitHub](/g/)",
            "# a #\u2028",
            "## Pay bands #\u0085",
            "```\nx\n```\u2029\n```",
            "[Docs](https://example.com/)\n\nPing\u3000@alice.dev and\u2003@b.com",
            "Ünïcödé, emoji 🚀 and CJK 漢字; *ümlaut* and **日本**");

    @Test
    void buildsFlexmarksTreeOrRefusesForRandomDocuments() {
        List<String> blocks = new ArrayList<>(EDGES);
        blocks.addAll(DirectHtmlRendererTest.BLOCKS);
        Random random = new Random(20261123);
        int quick = 0;
        int documents = 6000;
        for (int n = 0; n < documents; n++) {
            StringBuilder markdown = new StringBuilder();
            int count = 1 + random.nextInt(5);
            for (int b = 0; b < count; b++) {
                markdown.append(blocks.get(random.nextInt(random.nextInt(3) == 0 ? blocks.size() : EDGES.size())));
                markdown.append(switch (random.nextInt(5)) {
                    case 0 -> "\n";
                    case 1 -> "\n\n\n";
                    case 2 -> "";
                    default -> "\n\n";
                });
            }
            if (assertSameOrRefused(markdown.toString())) {
                quick++;
            }
        }
        // 335 take it now; most documents join a block outside the subset.
        assertTrue(quick > documents / 20, "only " + quick + " documents took the quick path");
    }

    @Test
    void buildsFlexmarksTreeOrRefusesForEachBlockAlone() {
        int quick = 0;
        for (String block : EDGES) {
            for (String markdown : List.of(block, block + "\n", "Intro.\n\n" + block + "\n\nOutro.\n")) {
                if (assertSameOrRefused(markdown)) {
                    quick++;
                }
            }
        }
        // A parser that refused more would pass the comparisons unseen.
        assertTrue(quick >= ACCEPTED_EDGES, "only " + quick + " of " + 3 * EDGES.size() + " took the quick path");
    }

    @Test
    void readsTypicalPages() {
        for (String markdown : List.of(
                "## Why it matters\n\nA **bold** claim, a [link](/guides/x/) and `code`.\nA second *line*.\n",
                "- **Coach the leak**: text. See [Edge](/glossary/edge/).\n- Two\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n",
                "> [!IMPORTANT]\n> Text.\n\n```java\nclass A {}\n```\n",
                "## The loop\n\n1. Screen call\n2. **Take-home**, see [it](/t/)\n3. Offer\n\nThen `sign`.\n")) {
            assertTrue(assertSameOrRefused(markdown), () -> "refused:\n" + markdown);
        }
    }

    @Test
    void refusesWhatItCannotBeSureOf() {
        for (String markdown : List.of("a\r\nb", "a\0b", "Mail hr@example.com", "See www.example.com", "x <b>y</b>", "- a\n\n- b",
                "| a |\n| --- |\n| 1 |\ntext", "> [!NOPE]\n> x", "A *b* c\n  indented")) {
            assertNull(quick(markdown), markdown);
        }
    }

    /** Every page body of a generated benchmark site takes the quick path, with Flexmark's tree. */
    @Test
    void readsEveryBodyOfTheBenchmarkCorpus(@TempDir Path root) throws IOException {
        CorpusWriter.write(root, 300, 7);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(files.size() >= 300, "found " + files.size());
        for (Path file : files) {
            String page = Files.readString(file);
            String body = page.substring(page.indexOf("\n---\n", 3) + 5);
            assertTrue(assertSameOrRefused(body), () -> "refused " + file + ":\n" + body);
        }
    }

    /** How many of the edge cases, each alone, with a line feed and between paragraphs, the quick parser takes at least (93 now). */
    private static final int ACCEPTED_EDGES = 85;

    /** Characters and strings that start or end other syntax, or that CommonMark's rules treat apart. */
    private static final List<String> TRICKY = List.of(
            "*", "**", "_", "`", "[", "]", "(", ")", "!", "<", ">", "&", "\\", "~", "|", "#", "-", "+", "=", ":",
            "@", "1.", "2)", " ", "  ", "\t", "\n", "\n\n", "\r", "\u00a0", "\u2028", "\u0085", "\u3000",
            "\ufeff", "\u00e9", "\ud83d\ude80", "\"", "'", "\u201c", "\u00ab", "[x] ", "> ", "- ", "```", "www.",
            "://", "a@b.co", "[!NOTE]", "[[", "]]", "^", "&amp;", "|---|");

    /** Typical bodies with tricky characters put in or swapped at random places: Flexmark's page, or a refusal. */
    @Test
    void rendersWhatFlexmarkRendersForMutatedPages() {
        MarkdownRenderer quick = new MarkdownRenderer(OPTIONS, true);
        MarkdownRenderer flexmark = new MarkdownRenderer(OPTIONS, false);
        PageLinks links = new StubLinks(StubLinks.sampleGlossary());
        List<String> bodies = List.of(
                "## Why JWT matters\n\nA **bold** claim about ASGI, a [link](/guides/x/) and `code`.\nA second *line* on REST.\n",
                "- **Coach the JWT**: text. See [Edge](/glossary/edge/).\n- Two with ASGI\n\n| A | B |\n| :--- | ---: |\n| JWT | *2* |\n",
                "> [!IMPORTANT]\n> Event loop text with **REST**.\n\n```java\nclass A { String s = \"x\"; }\n```\n\nAfter the code.\n",
                "1. First *step* on JWT\n2. Second\n3. [Third](/t/)\n\nThen ASGI.\n");
        Random random = new Random(7);
        int quickly = 0;
        int documents = 6000;
        for (int n = 0; n < documents; n++) {
            StringBuilder markdown = new StringBuilder(bodies.get(random.nextInt(bodies.size())));
            for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
                int at = random.nextInt(markdown.length() + 1);
                if (random.nextBoolean()) {
                    // Most syntax is decided at the start or the end of a line.
                    int lineEnd = markdown.indexOf("\n", at);
                    at = random.nextBoolean() && lineEnd >= 0 ? lineEnd : markdown.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
                }
                String tricky = TRICKY.get(random.nextInt(TRICKY.size()));
                if (random.nextBoolean() && at < markdown.length()) {
                    markdown.replace(at, at + 1, tricky);
                } else {
                    markdown.insert(at, tricky);
                }
            }
            String text = markdown.toString();
            if (quick.parsesQuickly(text)) {
                quickly++;
                assertSameOrRefused(text);
                assertEquals(flexmark.render(text, "content/a.md", 3, links), quick.render(text, "content/a.md", 3, links),
                        () -> "page of:\n" + text);
            }
        }
        // 1,240 take it now.
        assertTrue(quickly > documents / 5, "only " + quickly + " documents took the quick path");
    }

    private static Document quick(String markdown) {
        return QuickParser.parse(markdown, BasedSequence.of(markdown), flexmark(markdown).getOptions());
    }

    /** Whether the quick parser took the document; if it did, its tree must be Flexmark's. */
    private static boolean assertSameOrRefused(String markdown) {
        Document quick = quick(markdown);
        if (quick == null) {
            return false;
        }
        Document flexmark = flexmark(markdown).parse(markdown);
        assertNotNull(flexmark);
        assertEquals(tree(flexmark), tree(quick), () -> "tree of:\n" + markdown);
        return true;
    }

    /** The tree as text: each node's class, span, markers and what rendering reads from it, with a separator row's cells and empty text left out. */
    static String tree(Node root) {
        StringBuilder out = new StringBuilder();
        tree(root, 0, out);
        return out.toString();
    }

    private static void tree(Node node, int depth, StringBuilder out) {
        if (node instanceof Text && node.getChars().isEmpty()) {
            return;
        }
        out.append("  ".repeat(depth)).append(node.getClass().getSimpleName())
                .append(' ').append(node.getStartOffset()).append('-').append(node.getEndOffset());
        if (node instanceof Text || node instanceof Code) {
            out.append(" \"").append(node.getChars()).append('"');
        } else if (node instanceof Heading heading) {
            out.append(" h").append(heading.getLevel()).append(" \"").append(heading.getText()).append('"')
                    .append(" marker=").append(heading.getOpeningMarker());
        } else if (node instanceof Link link) {
            out.append(" url=").append(link.getUrl()).append(" title=").append(link.getTitle().isNotNull())
                    .append(" text=").append(link.getText()).append(" page=").append(link.getPageRef())
                    .append(" anchor=").append(link.getAnchorRef()).append(" markers=").append(link.getTextOpeningMarker())
                    .append(link.getTextClosingMarker()).append(link.getLinkOpeningMarker()).append(link.getLinkClosingMarker());
        } else if (node instanceof BulletList list) {
            out.append(" tight=").append(list.isTight()).append(" marker=").append(list.getOpeningMarker());
        } else if (node instanceof OrderedList list) {
            out.append(" tight=").append(list.isTight()).append(" start=").append(list.getStartNumber())
                    .append(" delimiter=").append(list.getDelimiter());
        } else if (node instanceof TableRow row) {
            out.append(" row=").append(row.getRowNumber());
        } else if (node instanceof DelimitedNode delimited) {
            out.append(' ').append(delimited.getOpeningMarker()).append(delimited.getClosingMarker());
        } else if (node instanceof TableCell cell) {
            out.append(cell.isHeader() ? " th " : " td ").append(cell.getAlignment()).append(" \"").append(cell.getText()).append('"')
                    .append(" markers=").append(cell.getOpeningMarker()).append(cell.getClosingMarker());
        } else if (node instanceof FencedCodeBlock code) {
            out.append(" info=").append(code.getInfo()).append(" content=\"").append(code.getContentChars()).append('"')
                    .append(" markers=").append(code.getOpeningMarker()).append(code.getClosingMarker());
        } else if (node instanceof ListItem item) {
            out.append(" marker=").append(item.getOpeningMarker()).append(" suffix=").append(item.getMarkerSuffix())
                    .append(" tight=").append(item.isTight());
        } else if (node instanceof Paragraph paragraph && paragraph.getParent() instanceof ListItem) {
            out.append(" unwrapped=").append(LIST_OPTIONS.isInTightListItem(paragraph));
        } else if (node instanceof Callout callout) {
            out.append(' ').append(callout.type());
        }
        out.append('\n');
        if (!(node instanceof TableSeparator)) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                tree(child, depth + 1, out);
            }
        }
    }
}
