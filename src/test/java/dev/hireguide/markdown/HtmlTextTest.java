package dev.hireguide.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

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
}
