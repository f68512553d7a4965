package dev.hireguide.markdown;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever the content, the rendered HTML runs no script: no script-like elements, no event
 * handler or style attributes, no unsafe URLs. Checked on known attack strings and on
 * random documents built from the characters that matter.
 */
class MarkdownSafetyTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(new MarkdownOptions("/hiring/"));
    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "style", "iframe", "frame", "object",
            "embed", "form", "button", "select", "textarea", "svg", "math", "link", "meta", "base", "template");
    private static final Pattern SCRIPT_TAG = Pattern.compile("<\\s*/?\\s*script", Pattern.CASE_INSENSITIVE);

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<ScRiPt >alert(1)</ScRiPt >",
            "<script\n>alert(1)</script\n>",
            "x <script src=//evil.example/x.js></script> y",
            "<img src=x onerror=alert(1)>",
            "<img src=\"x\" ONERROR=\"alert(1)\">",
            "<img/src=x/onerror=alert(1)>",
            "<svg/onload=alert(1)>",
            "<body onload=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href='  JaVaScRiPt:alert(1)'>x</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
            "<a href=\"javascript&colon;alert(1)\">x</a>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=\"javascript:alert(1)\">",
            "<form action=\"javascript:alert(1)\"><button>x</button></form>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<style>@import 'javascript:alert(1)';</style>",
            "<link rel=stylesheet href=javascript:alert(1)>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"javascript:alert(1)//\">",
            "<details open ontoggle=alert(1)>",
            "<input autofocus onfocus=alert(1)>",
            "<a href=\"#\" onclick=\"alert(1)\">x</a>",
            "<p title=\"\"><img src=x onerror=alert(1)>\"\">",
            "<a title='a\" onmouseover=\"alert(1)'>x</a>",
            "<!--<img src=x onerror=alert(1)>-->",
            "<!--><img src=x onerror=alert(1)>-->",
            "<![CDATA[<script>alert(1)</script>]]>",
            "<?xml version=\"1.0\"?><script>alert(1)</script>",
            "[x](javascript:alert(1))",
            "[x](<javascript:alert(1)>)",
            "[x](java\\script:alert(1))",
            "![x](javascript:alert(1))",
            "![x](data:image/svg+xml,<svg onload=alert(1)>)",
            "[x]: javascript:alert(1)\n\n[x]",
            "<javascript:alert(1)>",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[<img src=x onerror=alert(1)>](https://example.com)",
            "[x](https://example.com \"title\\\" onmouseover=alert(1)\")",
            "`<script>alert(1)</script>`",
            "    <script>alert(1)</script>",
            "> <script>alert(1)</script>",
            "- <script>\n  alert(1)\n  </script>",
            "| a |\n|---|\n| <script>alert(1)</script> |",
            "> [!NOTE]\n> <img src=x onerror=alert(1)>",
            "<details><summary onclick=alert(1)>x</summary>\n\n[y](javascript:alert(1))\n\n</details>",
            "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
            "<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">",
            "<div><</div><script>alert(1)</script>",
            "<<script>script>alert(1)<</script>/script>",
            "<scr<script>ipt>alert(1)</script>",
            "<a\nhref\n=\njavascript:alert(1)>x</a>"})
    void rendersNoScriptFromKnownAttacks(String markdown) {
        assertSafe(markdown);
    }

    @Test
    void rendersNoScriptFromRandomDocuments() {
        List<String> pieces = List.of("<", ">", "/", "script", "img", "a", "div", "details", " ", "\n", "\n\n",
                "href=", "src=", "\"", "'", "javascript:", "JaVaScRiPt:", "&#106;", "&#x09;", "&colon;", "%0a",
                "onerror=", "onclick=", "style=", "alert(1)", "[", "]", "(", ")", "!", "*", "_", "`", "> ", "- ",
                "1. ", "<!--", "-->", "&", "data:", "|", "---", ":", "#", "~~", "[!NOTE]", "[^1]", "\\", "    ");
        Random random = new Random(20250101);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder markdown = new StringBuilder();
            int length = 1 + random.nextInt(80);
            for (int j = 0; j < length; j++) {
                markdown.append(pieces.get(random.nextInt(pieces.size())));
            }
            assertSafe(markdown.toString());
        }
    }

    private static void assertSafe(String markdown) {
        String html = RENDERER.render(markdown, "page.md", 1).html();
        assertFalse(SCRIPT_TAG.matcher(html).find(), () -> "script tag from " + markdown + "\n" + html);
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            String tag = element.tagName();
            if (FORBIDDEN_ELEMENTS.contains(tag) || tag.equals("input") && !isTaskCheckbox(element)) {
                fail("<" + tag + "> from " + markdown + "\n" + html);
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on") || name.equals("style") || name.equals("srcdoc"),
                        () -> name + " from " + markdown + "\n" + html);
                if (name.equals("href") || name.equals("cite") || name.equals("action")) {
                    assertTrue(UrlPolicy.isSafe(attribute.getValue(), UrlPolicy.Use.LINK),
                            () -> name + "=" + attribute.getValue() + " from " + markdown + "\n" + html);
                }
                if (name.equals("src")) {
                    assertTrue(UrlPolicy.isSafe(attribute.getValue(), UrlPolicy.Use.IMAGE),
                            () -> "src=" + attribute.getValue() + " from " + markdown + "\n" + html);
                }
            }
        }
    }

    private static boolean isTaskCheckbox(Element input) {
        return input.attr("type").equals("checkbox") && input.hasAttr("disabled")
                && input.className().equals("task-list-item-checkbox");
    }
}
