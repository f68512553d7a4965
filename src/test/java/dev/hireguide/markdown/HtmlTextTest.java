package dev.hireguide.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlTextTest {

    @Test
    void escapesTheFourCharactersFlexmarkEscapes() {
        assertEquals("a &amp; b &lt;c&gt; &quot;d&quot; 'e'", HtmlText.escape("a & b <c> \"d\" 'e'"));
        assertEquals("&amp;amp;", HtmlText.escape("&amp;"));
    }

    @Test
    void textWithNothingToEscapeComesBackAsItIs() {
        String text = "Strong candidates measure a critical dashboard.";
        assertSame(text, HtmlText.escape(text));
    }

    @Test
    void givesWhatFlexmarkGivesForAnyText() {
        Random random = new Random(7);
        String alphabet = "ab <>&\"';\n\téü—&amp;#1;";
        for (int i = 0; i < 5000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(Escaping.escapeHtml(text, false), HtmlText.escape(text), () -> "for " + text);
        }
    }

    /**
     * Long texts are first searched in a copy of their characters' low bytes: characters beyond
     * Latin-1 whose low byte is one of the special ones (U+013C is 0x3C, {@code <}) are not
     * escaped, and the special characters after them are.
     */
    @Test
    void givesWhatFlexmarkGivesForLongTextsWithCharactersBeyondLatin1() {
        Random random = new Random(9);
        String alphabet = "abc d <>&\"'\u013c\u0126\u0122\u0127\u0a3e\u2013é€";
        for (int i = 0; i < 5000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(300);
            boolean plain = random.nextInt(4) == 0;
            for (int j = 0; j < length; j++) {
                text.append(plain && j < length - 1 ? 'x' : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String expected = Escaping.escapeHtml(text, false);
            assertEquals(expected, HtmlText.escape(text), () -> "for " + text);
            // As a piece of a page, searched in the page's Latin-1 copy.
            String page = "\uD83D\uDE80<" + text + "&";
            assertEquals(expected, HtmlText.escape(text.toString(), MarkdownRenderer.latin1(page), 3), () -> "for " + text);
            assertEquals(expected.replace("'", "&#39;"), HtmlText.escapeWithApostrophe(text), () -> "for " + text);
        }
    }

    @Test
    void decodesWhatItEscapesWithoutJsoup() {
        String text = "R&D <b> \"quoted\" it's";
        assertEquals(text, HtmlText.unescapeOwn(HtmlText.escapeWithApostrophe(text)));
        assertEquals("&lt;", HtmlText.unescapeOwn("&amp;lt;"), "decoded once");
        String plain = "no references here";
        assertSame(plain, HtmlText.unescape(plain));
        // Any other reference is jsoup's to decode, with its rules for names without a semicolon.
        for (String other : new String[] {"&copy;", "&nbsp;", "&#x41;", "&#65;", "&amp", "&ltx", "& b", "&#39"}) {
            assertNull(HtmlText.unescapeOwn("a " + other), other);
            assertEquals(Parser.unescapeEntities("a " + other, false), HtmlText.unescape("a " + other), other);
        }
    }

    @Test
    void decodesAsJsoupDoesWhateverTheText() {
        Random random = new Random(17);
        String[] parts = {"&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&", "amp;", "lt", ";", "#", "&copy;", "&#x41;",
            "&nbsp;", "&amp", "&#39", "&quot", "a", " ", "<", "é", "—", "\u0000"};
        int own = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(8); j >= 0; j--) {
                text.append(parts[random.nextInt(random.nextBoolean() ? 5 : parts.length)]);
            }
            String theirs = Parser.unescapeEntities(text.toString(), false);
            assertEquals(theirs, HtmlText.unescape(text.toString()), () -> "for " + text);
            String quick = HtmlText.unescapeOwn(text.toString());
            if (quick != null) {
                own++;
                assertEquals(theirs, quick, () -> "for " + text);
            }
        }
        // Most of these texts hold only the five references: a decoder that always deferred would fail.
        assertTrue(own > 5_000, "decoded " + own + " of 20,000 itself");
        assertNotNull(HtmlText.unescapeOwn("&quot;&#39;&lt;&gt;&amp;"));
    }
}
