package dev.hireguide.markdown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The direct renderer writes what Flexmark's renderer writes, on Flexmark's trees and on the
 * quick parser's: the same HTML, headings, anchors, diagnostics and links, for real pages and for
 * random documents built from the constructs editors use, tricky ones included. Documents it does
 * not know are left to Flexmark.
 */
class DirectHtmlRendererTest {

    private static final MarkdownOptions OPTIONS = new MarkdownOptions("/hiring/");
    private static final MarkdownRenderer DIRECT = new MarkdownRenderer(OPTIONS, true);
    /** The direct writer on Flexmark's trees: the path of every page the quick parser refuses. */
    private static final MarkdownRenderer DIRECT_ON_FLEXMARK_TREES = new MarkdownRenderer(OPTIONS, true, false);
    private static final MarkdownRenderer FLEXMARK = new MarkdownRenderer(OPTIONS, false);
    private static final PageLinks LINKS = new StubLinks(StubLinks.sampleGlossary());

    /** Pieces of Markdown, each a block or a run of blocks; random documents join them. */
    static final List<String> BLOCKS = List.of(
            "# Title",
            "## Salary *ranges* by `level`",
            "## Salary ranges by level",
            "### [[frameworks/fastapi]] and more",
            "Setext heading\n--------------",
            "A plain paragraph with a few words.",
            "We use ASGI servers and a JWT, then REST. The event loop runs ASGI again.",
            "JSON Web Token and Asynchronous Server Gateway Interface, in one line.",
            "Line one\nline two with  trailing spaces  \nline three\\\nline four",
            "   Indented up to three spaces\n  and a lazy line.",
            "*emphasis*, **strong**, ***both***, _under_ and __under__, **nested *inner* strong**",
            "Code `a  b`, `` a ` b ``, `<tag> & \"quotes\"` and `   spaced   `.",
            "Escapes: \\*not em\\*, \\[x\\], \\\\, 5 \\< 6 & 7 > 3 \"quoted\" 'single'.",
            "Entities: &amp; &copy; &#169; &nbsp; &bogus; AT&T",
            "Links: [site](/guides/) and [titled](/x/ \"The title\") and [rel](../roles/backend.md#levels).",
            "[angle](<a b.html>) and [query](/s?q=a&b=c \"t&itle\") and [hash](#levels)",
            "[bad](javascript:alert(1)) and [data](data:text/html,x) and [nope](../nowhere.md)",
            "[empty]() link",
            "[JWT page](/glossary/jwt/) mentions JWT, which stays unlinked.",
            "Wiki: [[frameworks/fastapi]], [[glossary/asgi|ASGI *servers*]], [[questions/fastapi#dependency-injection]].",
            "Unknown [[fastapy]] and [[fastapy|with text]] and [[#just-anchor]] and [[#anchor|text]].",
            "Brackets: [optional], [not *a* link] and [x][] and [a][b], ASGI [inside] JWT.",
            "- one\n- two\n- three",
            "* star item\n* star two\n\n* loose after blank",
            "- tight\n  - nested\n    - deeper\n  - back\n- out",
            "- item with paragraphs\n\n  second paragraph\n- next",
            "1. first\n2. second\n3. third",
            "3. starts at three\n4. four",
            "1) paren\n2) list",
            "- item\n\n      code in item\n- after",
            "- list with code\n  ```java\n  int x = 1;\n  ```\n- next",
            "- [link](/x/) in *item*\n- `code` item\n- JWT in an item",
            "> A quote\n> on two lines",
            "> Quote with list\n> - a\n> - b",
            "> > nested quote",
            "> [!NOTE]\n> A note with *emphasis*.",
            "> [!WARNING]\n> Check the notice period.\n>\n> Second paragraph.",
            "> [!TIP]\n> - tip list\n> - two",
            "```java\nclass A {\n    int x = 1 < 2 && 3 > 2;\n}\n```",
            "```\nno language\n\n\nblank lines kept\n```",
            "~~~python title=\"x\"\nprint('hi')\n~~~",
            "```js {.line-numbers}\nlet a = \"b\";\n```",
            "```\n```",
            "    indented code\n    second line\n\n    after blank",
            "\tindented with a tab",
            "---",
            "***",
            "| Level | From | To |\n| :--- | :---: | ---: |\n| Junior | 60k | 80k |\n| Senior | *110k* | `140k` |",
            "| a | b |\n|---|---|\n| only one |\n| 1 | 2 | 3 |",
            "| JWT | ASGI |\n| --- | --- |\n| JWT here | [[frameworks/fastapi]] |\n| \\| pipe | [l](/x/) |",
            "Not | a table",
            "| head |\n| --- |",
            "Text with a trailing backslash\\",
            "Tab\tinside and  two spaces",
            "Ünïcödé, emoji 🚀 and CJK 漢字.",
            // Left to Flexmark: the test still checks the output is the same.
            "<b>raw html</b> inline",
            "<div>\nblock html\n</div>",
            "![image](chart.png \"A chart\")",
            "A footnote[^1].\n\n[^1]: The note.",
            "- [ ] task\n- [x] done",
            "~~struck~~ text",
            "Visit https://example.com or www.example.com or hr@example.com.",
            "[ref link][r]\n\n[r]: /ref/ \"Ref\"");

    @Test
    void writesWhatFlexmarkWritesForRandomDocuments() {
        Random random = new Random(20261123);
        int direct = 0;
        int documents = 4000;
        for (int n = 0; n < documents; n++) {
            StringBuilder markdown = new StringBuilder();
            int blocks = 1 + random.nextInt(6);
            for (int b = 0; b < blocks; b++) {
                markdown.append(BLOCKS.get(random.nextInt(BLOCKS.size())));
                markdown.append(switch (random.nextInt(4)) {
                    case 0 -> "\n";
                    case 1 -> "\n\n\n";
                    default -> "\n\n";
                });
            }
            String text = random.nextInt(10) == 0 ? markdown.toString().replace("\n", "\r\n") : markdown.toString();
            assertSame(text);
            if (FLEXMARK_ONLY.stream().noneMatch(text::contains)) {
                direct++;
                assertTrue(DIRECT.rendersDirectly(text), () -> "expected a direct rendering of:\n" + text);
            }
        }
        assertTrue(direct > documents / 4, "only " + direct + " documents took the direct path");
    }

    /** Markers of the blocks above that only Flexmark renders. */
    private static final List<String> FLEXMARK_ONLY = List.of(
            "<b>", "<div>", "[angle](", "![image]", "[^1]", "- [ ]", "~~struck", "https://", "[ref link]", "[empty]()", "&amp;");

    @Test
    void writesWhatFlexmarkWritesForEachBlockAlone() {
        for (String block : BLOCKS) {
            assertSame(block);
            assertSame(block + "\n");
            assertSame("Intro.\n\n" + block + "\n\nOutro with JWT.\n");
        }
    }

    @Test
    void writesWhatFlexmarkWritesForTheGoldenFilesAndTheSampleSite() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("src/test/resources/golden/markdown", "content")) {
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                walk.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() > 40, "found only " + files.size() + " files");
        int direct = 0;
        for (Path file : files) {
            String markdown = body(Files.readString(file));
            assertSame(markdown);
            if (DIRECT.rendersDirectly(markdown)) {
                direct++;
            }
        }
        // The sample site's pages are what the direct path is for.
        assertTrue(direct > files.size() / 2, "only " + direct + " of " + files.size() + " rendered directly");
    }

    /** A page's Markdown without its front matter. */
    private static String body(String page) {
        if (!page.startsWith("---\n")) {
            return page;
        }
        int end = page.indexOf("\n---\n", 3);
        return end < 0 ? page : page.substring(end + 5);
    }

    @Test
    void leavesDocumentsWithOtherNodesToFlexmark() {
        assertTrue(DIRECT.rendersDirectly("# A\n\nText with [a link](/x/) and `code`.\n\n| a |\n| - |\n| 1 |\n"));
        assertTrue(DIRECT.rendersDirectly("A [bracket] with no definition."));
        for (String markdown : List.of("<b>x</b>", "![i](chart.png)", "- [ ] task", "~~x~~", "a[^1]\n\n[^1]: n",
                "[r][x]\n\n[x]: /y/", "Mail hr@example.com", "&copy;")) {
            assertFalse(DIRECT.rendersDirectly(markdown), markdown);
        }
    }

    private static void assertSame(String markdown) {
        RenderedMarkdown expected = FLEXMARK.render(markdown, "content/guides/a.md", 3, LINKS);
        for (MarkdownRenderer direct : List.of(DIRECT, DIRECT_ON_FLEXMARK_TREES)) {
            RenderedMarkdown actual = direct.render(markdown, "content/guides/a.md", 3, LINKS);
            assertEquals(expected.html(), actual.html(), () -> "HTML of:\n" + markdown);
            assertEquals(expected, actual, () -> "headings, diagnostics or links of:\n" + markdown);
        }
    }
}
