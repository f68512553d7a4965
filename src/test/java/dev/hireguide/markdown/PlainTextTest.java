package dev.hireguide.markdown;

import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The whitespace collapsing that replaced a regex does what the regex did. */
class PlainTextTest {

    @Test
    void collapsesWhitespaceAsTheRegexDid() {
        String alphabet = "ab \t\n\u000B\f\r\u00A0\u2003\u3000-";
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertEquals(s.replaceAll("\\s+", " ").strip(), PlainText.collapseWhitespace(s).strip(), () -> "of " + s.codePoints().boxed().toList());
        }
    }

    @Test
    void readsTheTextOfAHeading() {
        RenderedMarkdown rendered = new MarkdownRenderer(new MarkdownOptions("/"))
                .render("## Salary  *ranges*\tby `level  one`\n", "a.md", 1);
        assertEquals("Salary ranges by level one", rendered.headings().get(0).text());
    }
}
