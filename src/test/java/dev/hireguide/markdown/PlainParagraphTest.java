package dev.hireguide.markdown;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainParagraphTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer(new MarkdownOptions("/"));

    @Test
    void aLineOfProseIsOneParagraph() {
        assertEquals("<p>Explains the event loop, and why it matters.</p>\n",
                PlainParagraph.html("Explains the event loop, and why it matters."));
        assertEquals("<p>Says &quot;it depends&quot; (and can't say on what).</p>\n",
                PlainParagraph.html("Says \"it depends\" (and can't say on what)."));
    }

    @Test
    void anythingMarkdownCouldReadAsMarkupGoesToFlexmark() {
        for (String text : List.of("Uses *emphasis*", "A `code` span", "A [link](/x/)", "See www.example.com",
                "Mail a@b.co", "Go to https://example.com", "Tom &amp; Jerry", "A <b>tag</b>", "Two\nlines",
                "Ends with a hard break  ", " Indented", "- a list", "1. a list", "# A heading", "> quoted",
                "A | table", "Snake_case", "Escaped \\*", "Math 2 + 2 = 4", "", "[[Wiki]]", "~~gone~~")) {
            assertFalse(PlainParagraph.isPlain(text), text);
            assertNull(PlainParagraph.html(text), text);
        }
    }

    @Test
    void givesWhatFlexmarkGivesForEveryPlainLine() {
        Random random = new Random(42);
        String alphabet = "abcXYZ éüß–—’\"'(),.;?/-0123456789 www";
        List<String> samples = new ArrayList<>(List.of("Strong candidates measure a critical dashboard.",
                "It takes 4 to 9 weeks (sometimes 12).", "Why? Because \"it's\" slow; really – slow.",
                "Über-senior engineers à la carte", "a/b/c", "a.b.c", "Say www or www-ish"));
        for (int i = 0; i < 5000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            samples.add(text.toString());
        }
        int plain = 0;
        for (String text : samples) {
            String fast = PlainParagraph.html(text);
            if (fast != null) {
                plain++;
                RenderedMarkdown flexmark = renderer.parseAndRender(text, "f.md", 1, PageLinks.NONE);
                assertEquals(flexmark.html(), fast, () -> "for " + text);
                assertTrue(flexmark.links().isEmpty() && flexmark.headings().isEmpty() && flexmark.diagnostics().isEmpty(),
                        () -> "for " + text);
            }
        }
        assertTrue(plain > 1000, "enough samples took the plain path: " + plain);
    }

    @Test
    void theRendererUsesThePlainPathOnlyWithoutAGlossary() {
        RenderedMarkdown rendered = renderer.render("Plain words only.", "f.md", 3);
        assertEquals("<p>Plain words only.</p>\n", rendered.html());
    }
}
