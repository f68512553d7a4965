package dev.hireguide.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The autolink pass that skips text with no {@code :}, {@code @} or {@code www.} links what Flexmark's links. */
class QuickAutolinkExtensionTest {

    private static final List<String> PIECES = List.of(
            "https://example.com/a_b?q=1", "http://x.y", "ftp://files.example.com", "mailto:hr@example.com",
            "hr@example.com", "first.last@mail.example.org", "@handle", "www.example.com", "WWW.Example.COM/path",
            "wwww.x.y", "example.com", "a:b", "10:30", "&amp;", "&#58;", "&#64;", "www&#46;example&#46;com",
            "http&#58;//x.example", "\\:", "\\@", "*em*", "`code@x.y`", "[link](https://example.com)",
            "<https://example.com>", "plain words", "end.", "(www.example.com)", "\"quoted\"");

    private static final Parser FLEXMARK = parser(AutolinkExtension.create());
    private static final Parser QUICK = parser(QuickAutolinkExtension.create());
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

    private static Parser parser(Extension autolinks) {
        return Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(autolinks))).build();
    }

    @Test
    void linksWhatFlexmarksPassLinks() {
        Random random = new Random(3);
        int linked = 0;
        for (int n = 0; n < 5000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = 1 + random.nextInt(6); i > 0; i--) {
                text.append(PIECES.get(random.nextInt(PIECES.size()))).append(random.nextInt(3) == 0 ? "" : " ");
            }
            String markdown = text.toString();
            String expected = RENDERER.render(FLEXMARK.parse(markdown));
            assertEquals(expected, RENDERER.render(QUICK.parse(markdown)), markdown);
            linked += expected.contains("<a ") ? 1 : 0;
        }
        assertTrue(linked > 1000, "only " + linked + " documents with a link");
    }

    @Test
    void skipsOnlyTextThatCannotHoldALink() {
        assertFalse(QuickAutolinkExtension.mayHoldLink(QUICK.parse("plain words. and more").getFirstChild().getFirstChild()));
        assertTrue(QuickAutolinkExtension.mayHoldLink(QUICK.parse("see Www.x.y").getFirstChild().getFirstChild()));
        assertTrue(QuickAutolinkExtension.mayHoldLink(QUICK.parse("at 10:30").getFirstChild().getFirstChild()));
    }
}
