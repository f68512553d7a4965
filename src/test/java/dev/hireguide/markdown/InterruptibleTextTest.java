package dev.hireguide.markdown;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InterruptibleTextTest {

    /** The quick unescape gives Flexmark's, on text and link URLs read from an InterruptibleText. */
    @Test
    void unescapedIsFlexmarksUnescape() {
        String[] pieces = {"a", "b c", "&amp;", "&copy;", "&#35;", "&#x41;", "& ", "&x", "\\*", "\\\\", "\\a", "*",
            "é", "\u0000", "[l](/u&amp;v/)", "[l](/p\\(q/)", "[l](/plain/)", "[l](</s p/>)", "&nosuch;"};
        Parser parser = Parser.builder().build();
        Random random = new Random(3);
        int compared = 0;
        for (int n = 0; n < 3_000; n++) {
            StringBuilder markdown = new StringBuilder();
            for (int k = 1 + random.nextInt(8); k > 0; k--) {
                markdown.append(pieces[random.nextInt(pieces.length)]);
            }
            Document document = parser.parse(BasedSequence.of(new InterruptibleText(markdown.toString())));
            for (Node node : document.getDescendants()) {
                if (node instanceof Text) {
                    assertEquals(node.getChars().unescape(), InterruptibleText.unescaped(node.getChars()), markdown::toString);
                    compared++;
                } else if (node instanceof Link link) {
                    assertEquals(link.getUrl().unescape(), InterruptibleText.unescaped(link.getUrl()), markdown::toString);
                    compared++;
                }
            }
        }
        assertTrue(compared > 3_000, "compared " + compared);
    }
}
