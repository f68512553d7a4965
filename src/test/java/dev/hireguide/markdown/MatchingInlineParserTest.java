package dev.hireguide.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The inline parser that reads matches from the matcher builds the trees Flexmark's own builds. */
class MatchingInlineParserTest {

    private static final DataHolder OPTIONS = MarkdownRenderer.flexmarkOptions(new MarkdownOptions("/"), true, true);
    private static final Parser FLEXMARK = Parser.builder(OPTIONS).build();
    private static final Parser MATCHING = MarkdownRenderer.parser(OPTIONS);

    /** Inline constructs whose parsing goes through regex matches: links, titles, code spans, references. */
    private static final List<String> INLINES = List.of(
            "[a](/x/)", "[a](/x/ \"title\")", "[a](/x/ 'single')", "[a](/x/ (paren))", "[a]( /x/ \n \"t\" )",
            "[a](<b c>)", "[a](</x/>)", "[a][r]", "[a][]", "[r]", "[a]\n[r]", "![i](/i.png \"t\")", "[a](/x/ \"unclosed)",
            "`code`", "``a ` b``", "` `", "`unclosed", "```x```", "[[frameworks/fastapi]]", "[[x|y]]",
            "*em*", "**strong**", "<https://example.com>", "<a href=\"x\">", "&amp;", "\\*", "text  \nbreak",
            "[r]: /ref/ \"Ref title\"", "[r]:\n/ref/\n'title'", "https://example.com/a_b", "hr@example.com");

    @Test
    void buildsTheSameTreesAsFlexmarksParser() {
        Random random = new Random(11);
        List<String> documents = new ArrayList<>(DirectHtmlRendererTest.BLOCKS);
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = 1 + random.nextInt(8); i > 0; i--) {
                text.append(INLINES.get(random.nextInt(INLINES.size())));
                text.append(switch (random.nextInt(5)) {
                    case 0 -> "\n";
                    case 1 -> "\n\n";
                    case 2 -> "";
                    default -> " words ";
                });
            }
            documents.add(text.toString());
        }
        for (String markdown : documents) {
            assertEquals(tree(FLEXMARK.parse(markdown)), tree(MATCHING.parse(markdown)), () -> "tree of:\n" + markdown);
        }
    }

    private static String tree(Node document) {
        StringBuilder out = new StringBuilder();
        append(document, 0, out);
        return out.toString();
    }

    private static void append(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node).append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child, depth + 1, out);
        }
    }
}
