package dev.hireguide.template;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class HtmlEscaperTest {

    private final HtmlEscaper escaper = new HtmlEscaper();

    @Test
    void escapesEveryCharacterAsPebblesOwnStrategyDoes() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String text = "a" + c + "b";
            assertEquals(HtmlEscape.escapeHtml4Xml(text), escaper.escape(text), () -> "U+" + Integer.toHexString(text.charAt(1)));
        }
    }

    @Test
    void escapesRandomTextAsPebblesOwnStrategyDoes() {
        String alphabet = "&<>\"'a Z;#é\u00a0—😀\n";
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(HtmlEscape.escapeHtml4Xml(text.toString()), escaper.escape(text.toString()), text::toString);
        }
    }

    @Test
    void textWithNothingToEscapeIsReturnedAsItIs() {
        String text = "FastAPI vs Flask — 2024";
        assertSame(text, escaper.escape(text));
    }

    @Test
    void theEnginesAutoescapingUsesIt() throws IOException {
        PebbleEngine engine = new PebbleEngine.Builder().loader(new StringLoader()).autoEscaping(true)
                .addEscapingStrategy("html", escaper).build();
        StringWriter out = new StringWriter();
        engine.getTemplate("{{ x }}|{{ x | escape }}|{{ x | raw }}").evaluate(out, Map.of("x", "<a href='y'>&\""));
        assertEquals("&lt;a href=&#39;y&#39;&gt;&amp;&quot;|&lt;a href=&#39;y&#39;&gt;&amp;&quot;|<a href='y'>&\"", out.toString());
    }
}
