package dev.hireguide.template;

import dev.hireguide.markdown.MarkdownOptions;
import dev.hireguide.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** FragmentText against jsoup, which it stands in for: the same lines, or null and jsoup reads it. */
class FragmentTextTest {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(new MarkdownOptions("/"));
    private static final String TIP = "<span class=\"glossary\"><a class=\"glossary-link\" href=\"/glossary/api/\" "
            + "aria-describedby=\"glossary-tip-api\">API</a><span class=\"glossary-tip\" id=\"glossary-tip-api\" "
            + "role=\"tooltip\">An agreed <em>way</em> to ask.</span></span>";

    private static void readsAsJsoupDoes(String html) {
        String quick = FragmentText.of(html);
        assertNotNull(quick, () -> "not read: " + html);
        assertEquals(JobDescription.jsoupLines(html), quick, html);
    }

    @Test
    void readsWhatTheMarkdownStageWritesAsJsoupDoes() {
        for (String html : List.of(
                "<p>Level: [senior] · Location: [city]</p>\n<h2 id=\"what\">What you will do</h2>\n",
                "<ul>\n<li>Build <strong>APIs</strong> &amp; services.</li>\n<li>Review code.</li>\n</ul>\n",
                "<ol start=\"3\">\n<li>First\n<ul>\n<li>nested <code>x &lt; y</code></li>\n</ul>\n</li>\n<li>Second</li>\n</ol>\n",
                "<h2 id=\"a\">The " + TIP + " role</h2>\n<p>We need an " + TIP + " engineer.</p>\n<ul>\n<li>" + TIP + "</li>\n</ul>\n",
                "<p>one<br />\ntwo&nbsp;&nbsp;three\u00ad four\u200b five  \t six</p>\n",
                "<pre><code class=\"language-java\">int a = 1;\n\n  if (a &lt; 2) {}\n</code></pre>\n<p>after</p>\n",
                "<table>\n<thead>\n<tr><th>Level</th><th align=\"right\">Pay</th></tr>\n</thead>\n<tbody>\n"
                        + "<tr><td>Junior</td><td>€40k</td></tr>\n</tbody>\n</table>\n<p>below</p>\n",
                "<blockquote>\n<p>quoted <em>text</em></p>\n</blockquote>\n<div class=\"callout callout-note\"><p>Note</p></div>\n",
                "<p>text <a href=\"/x/\" title=\"a &quot;b&quot;\">link</a> and <del>gone</del> then more</p>\n<hr />\n<p>end</p>",
                "<ul>\n<li><input type=\"checkbox\" disabled=\"\" /> task</li>\n<li>\n<p>loose</p>\n<p>item</p>\n</li>\n</ul>\n",
                "loose text <em>at</em> the top\n<p>then a paragraph</p>\n\n",
                "<ul><p>a paragraph as an item, which jsoup leaves where it is</p></ul>",
                "")) {
            readsAsJsoupDoes(html);
        }
    }

    @Test
    void leavesToJsoupWhatJsoupWouldRebuild() {
        for (String html : List.of(
                "<p>a<div>block in a paragraph</div></p>",
                "<p><b>mis<i>nested</b> tags</i></p>",
                "<table>text in a table<tr><td>x</td></tr></table>",
                "<table><tr><td>row without a body</td></tr></table>",
                "<P>upper case</P>",
                "<p>a comment <!-- here --></p>",
                "<p>unclosed",
                "<p>an end tag that closes nothing</div></p>",
                "text</#root>",
                "<a href=\"/a\">a link <a href=\"/b\">in a link</a></a>",
                "<pre>\nleading line break</pre>",
                "<p>carriage\r\nreturn</p>",
                "<span/>self-closed span",
                "<script>x</script>",
                "<p class=\"a\" class=\"glossary-tip\">two classes</p>")) {
            assertNull(FragmentText.of(html), html);
        }
        // jsoup closes the paragraph before the block, and the job description keeps its reading.
        assertEquals("a\n\nblock in a paragraph\n", JobDescription.plainText("<p>a<div>block in a paragraph</div></p>"));
    }

    @Test
    void agreesWithJsoupOnOddHandWrittenHtml() {
        // Each of these once read differently from jsoup (found by fuzzing against it): end tags
        // with spaces, quotes out of place, class attributes written oddly, a NUL from a reference.
        for (String html : List.of("<p>a</ p>b", "<ins></\tins>x", "<div></div\u2003>x", "<hr \">\">",
                "<span =\"a>b\">c</span>", "<span title=a\"b>x\"y>z</span>", "<br-x/>", "<brX/>", "<br\"\"/>",
                "<span title=' class=\"glossary-tip\"'>x</span>", "<p class class=\"glossary-tip\">x</p>",
                "<p class= \"GLOSSARY-TIP\" class=\"\"></p>", "<span class=\"x\u000bglossary-tip\">x</span>",
                "<span class=\"x\u2003glossary-tip\">x</span>", "<span class=\"glossary-t\u0131p\">x</span>",
                "<a class=\"glo\u017f\u017fary-tip\">;</a>", "&#0;", "<div>&#0;</div>",
                "<span id=glossary-tip title=' class=\"'>x</span>", "<s \" class=\"glossary-tip>",
                "<p class=glossary-tip>unquoted</p><p>kept</p>", "<p CLASS=\"Glossary-Tip\">x</p><p>kept</p>")) {
            String quick = FragmentText.of(html);
            if (quick != null) {
                assertEquals(JobDescription.jsoupLines(html), quick, html);
            }
        }
    }

    @Test
    void readsRandomRoleBodiesAsJsoupDoes() {
        Random random = new Random(11);
        int read = 0;
        int documents = 3000;
        for (int n = 0; n < documents; n++) {
            String html = MARKDOWN.render(randomMarkdown(random), "role.md", 1).html();
            if (random.nextInt(4) == 0) {
                html = html.replace("<p>", "<p>" + TIP + " ");
            }
            String quick = FragmentText.of(html);
            if (quick != null) {
                read++;
                assertEquals(JobDescription.jsoupLines(html), quick, html);
            }
        }
        // The quick reading must be the one that runs, not the fallback.
        assertTrue(read > documents * 9 / 10, read + " of " + documents);
    }

    private static String randomMarkdown(Random random) {
        String[] words = {"build", "APIs", "&", "<b>", "**bold**", "*em*", "`code`", "[link](/roles/x/)", "a&nbsp;b",
            "café", "\u00a0", "soft\u00adhyphen", "x < y", "\"quoted\"", "it's", "·", "€90k", "~~gone~~", "<https://a.example>",
            "trailing  ", "_under_", "snake_case", "[senior]", "1.", "-"};
        StringBuilder md = new StringBuilder();
        int blocks = 1 + random.nextInt(8);
        for (int b = 0; b < blocks; b++) {
            switch (random.nextInt(9)) {
                case 0 -> md.append("#".repeat(1 + random.nextInt(3))).append(' ').append(line(random, words)).append("\n\n");
                case 1, 2 -> md.append(line(random, words)).append(random.nextBoolean() ? "\n" + line(random, words) : "")
                        .append("\n\n");
                case 3 -> {
                    int items = 1 + random.nextInt(4);
                    boolean ordered = random.nextBoolean();
                    for (int i = 0; i < items; i++) {
                        md.append(ordered ? (i + 1) + ". " : "- ").append(random.nextInt(5) == 0 ? "[ ] " : "")
                                .append(line(random, words)).append('\n');
                        if (random.nextInt(4) == 0) {
                            md.append(ordered ? "   " : "  ").append("- ").append(line(random, words)).append('\n');
                        }
                        if (random.nextInt(6) == 0) {
                            md.append('\n');
                        }
                    }
                    md.append('\n');
                }
                case 4 -> md.append("| Level | Pay |\n| --- | ---: |\n| ").append(line(random, words)).append(" | ")
                        .append(line(random, words)).append(" |\n\n");
                case 5 -> md.append("```\n").append(line(random, words)).append("\n\n  ").append(line(random, words))
                        .append("\n```\n\n");
                case 6 -> md.append("> ").append(line(random, words)).append("\n\n");
                case 7 -> md.append("---\n\n");
                default -> md.append(line(random, words)).append("  \n").append(line(random, words)).append("\n\n");
            }
        }
        return md.toString();
    }

    private static String line(Random random, String[] words) {
        StringBuilder line = new StringBuilder("word");
        int count = 1 + random.nextInt(8);
        for (int i = 0; i < count; i++) {
            line.append(random.nextInt(3) == 0 ? "  " : " ").append(words[random.nextInt(words.length)]);
        }
        return line.toString();
    }
}
