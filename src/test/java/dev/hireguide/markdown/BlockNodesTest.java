package dev.hireguide.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The block walk finds every heading and block quote a walk over all nodes finds, in the same order. */
class BlockNodesTest {

    private static final Parser PARSER = MarkdownRenderer.parser(MarkdownRenderer.flexmarkOptions(new MarkdownOptions("/"), true, true));

    @Test
    void findsTheHeadingsAndQuotesOfEveryNode() {
        Random random = new Random(5);
        int headings = 0;
        for (int n = 0; n < 2000; n++) {
            StringBuilder markdown = new StringBuilder();
            for (int b = 1 + random.nextInt(6); b > 0; b--) {
                String block = DirectHtmlRendererTest.BLOCKS.get(random.nextInt(DirectHtmlRendererTest.BLOCKS.size()));
                // Nested in a list item or a quote now and then, where headings and quotes also live.
                markdown.append(switch (random.nextInt(4)) {
                    case 0 -> "- " + block.replace("\n", "\n  ");
                    case 1 -> "> " + block.replace("\n", "\n> ");
                    default -> block;
                }).append("\n\n");
            }
            Document document = PARSER.parse(markdown.toString());
            List<Node> expected = new ArrayList<>();
            for (Node node : document.getDescendants()) {
                if (node instanceof Heading || node instanceof BlockQuote || node instanceof Callout) {
                    expected.add(node);
                }
            }
            List<Node> actual = BlockNodes.of(document).stream()
                    .filter(node -> node instanceof Heading || node instanceof BlockQuote || node instanceof Callout).toList();
            assertEquals(expected, actual, markdown::toString);
            headings += (int) expected.stream().filter(Heading.class::isInstance).count();
        }
        assertTrue(headings > 500, "only " + headings + " headings");
    }
}
