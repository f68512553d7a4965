package dev.hireguide.markdown;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Documents without a pipe or an autolink are parsed without those extensions; those with one still get it. */
class ParserChoiceTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer(new MarkdownOptions("/"));

    private String html(String markdown) {
        return renderer.render(markdown, "f.md", 1).html();
    }

    @Test
    void seesEveryKindOfAutolink() {
        assertTrue(MarkdownRenderer.mayHoldAutolink("see https://example.com"));
        assertTrue(MarkdownRenderer.mayHoldAutolink("mail hr@example.com"));
        assertTrue(MarkdownRenderer.mayHoldAutolink("at WWW.example.com"));
        assertTrue(MarkdownRenderer.mayHoldAutolink("(hr@example.com)"));
        assertFalse(MarkdownRenderer.mayHoldAutolink("a plain line, with a dot."));
        assertFalse(MarkdownRenderer.mayHoldAutolink("```java\n@RestController\nclass A {\n    @GetMapping(\"/\")\n}\n```\n"));
    }

    @Test
    void anAtSignWithNothingBeforeItLinksNothing() {
        // What the cheap parser is trusted with: the full parser links nothing here either.
        for (String markdown : java.util.List.of("@RestController\n", "Ask @maria or @ team.\n",
                "```java\n@GetMapping(\"/{id}\")\n```\n", "A handle: @example.com\n")) {
            assertFalse(MarkdownRenderer.mayHoldAutolink(markdown), markdown);
            assertFalse(html(markdown).contains("<a "), markdown);
        }
    }

    @Test
    void anAtSignAfterAUnicodeSpaceMayEndAnAddress() {
        // The autolink extension takes any character beyond ASCII into an address's name.
        for (String markdown : java.util.List.of("Ping\u3000@alice.dev\n", "a\u2003@b.com\n")) {
            assertTrue(MarkdownRenderer.mayHoldAutolink(markdown), markdown);
            assertTrue(html(markdown).contains("mailto:"), markdown);
        }
    }

    /**
     * Random texts with characters beyond Latin-1 (whose low byte may look like a colon, a slash,
     * an @ or a w) and emoji, which are two chars each: the check over the text's Latin-1 copy
     * answers what the string searches it replaced answer, for the whole text and for any part.
     */
    @Test
    void readsTheLatin1CopyAsTheTextItself() {
        String alphabet = "ab w W . @ : / \n\u3000\u0140\u012f\u0177\u0157\u013a\u0185é";
        java.util.Random random = new java.util.Random(4);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(16); i > 0; i--) {
                if (random.nextInt(8) == 0) {
                    text.append("\uD83D\uDE80");
                } else {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String markdown = text.toString();
            assertEquals(bySearches(markdown, 0, markdown.length()), MarkdownRenderer.mayHoldAutolink(markdown), markdown);
            byte[] latin1 = MarkdownRenderer.latin1(markdown);
            assertEquals(markdown.length(), latin1.length, markdown);
            int start = random.nextInt(markdown.length() + 1);
            int end = start + random.nextInt(markdown.length() - start + 1);
            assertEquals(bySearches(markdown, start, end), MarkdownRenderer.mayHoldAutolink(latin1, start, end),
                    markdown + " from " + start + " to " + end);
        }
    }

    /** The check as string searches did it before there was a Latin-1 copy. */
    private static boolean bySearches(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '@' && i > 0 && MarkdownRenderer.mayEndEmailName(text.charAt(i - 1))
                    || c == ':' && text.startsWith("//", i + 1)
                    || c == '.' && i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void autolinksAndTablesStillRender() {
        assertTrue(html("Visit www.example.com today.\n").contains("<a href=\"http://www.example.com\""));
        assertTrue(html("Mail *hr@example.com* now.\n").contains("mailto:hr@example.com"));
        assertTrue(html("Read https://example.com/a first.\n").contains("<a href=\"https://example.com/a\""));
        assertTrue(html("| a | b |\n| --- | --- |\n| 1 | 2 |\n").contains("<table>"));
    }

    @Test
    void textWithoutThemIsUnchanged() {
        String markdown = "# Title\n\nSome *text* with a [link](/x/) and `code`.\n\n- one\n- two\n";
        String html = html(markdown);
        assertTrue(html.contains("<em>text</em>") && html.contains("<a href=\"/x/\">link</a>") && html.contains("<li>two</li>"),
                html);
    }
}
