package dev.hireguide.markdown;

import org.junit.jupiter.api.Test;

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
