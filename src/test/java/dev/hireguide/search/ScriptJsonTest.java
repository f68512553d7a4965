package dev.hireguide.search;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScriptJsonTest {

    @Test
    void writesMarkupAndLineSeparatorsAsEscapes() {
        assertEquals("hireguideSearch(\"d/0\",{\"t\":[\"a\\u003c/script\\u003e \\u0026 \\\"b\\\"\\n\",1,true,null]});\n",
                new String(ScriptJson.call("d/0", Map.of("t", java.util.Arrays.asList("a</script> & \"b\"\n", 1, true, null))),
                        StandardCharsets.UTF_8));
        assertEquals("[\"\\u2028\\u2029\\u0001\\\\\"]", json(List.of("\u2028\u2029\u0001\\")));
    }

    /**
     * Random strings of characters to escape, characters beyond Latin-1 (some whose low byte is
     * that of one to escape: U+203C and {@code <}) and others: what is written reads back as the
     * same string in a JSON parser, and holds no markup, control character or line separator.
     */
    @Test
    void writesJsonThatReadsBackWithoutMarkup() throws Exception {
        // With a pair of surrogates (an emoji) and each surrogate alone, which UTF-8 writes as '?'.
        String alphabet = "ab (x) <>&\"\\\n\t\u0001\u2028\u2029\u203c\u2022\u215c\u0126\u4e28\u4e29é€\ud83d\ude00\ud83d\ude00";
        com.fasterxml.jackson.databind.ObjectMapper parser = new com.fasterxml.jackson.databind.ObjectMapper();
        Random random = new Random(6);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            ScriptJson.Bytes out = new ScriptJson.Bytes(16);
            ScriptJson.string(out, s);
            String written = out.toString();
            // Bytes that are UTF-8 read back as themselves; the string is the text as UTF-8 holds it.
            assertArrayEquals(written.getBytes(StandardCharsets.UTF_8), out.toArray(), written);
            String asUtf8 = new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            assertEquals(asUtf8, parser.readValue(written, String.class), written);
            assertTrue(written.chars().noneMatch(c -> c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029),
                    written);
        }
    }

    private static String json(Object value) {
        ScriptJson.Bytes out = new ScriptJson.Bytes(16);
        ScriptJson.write(out, value);
        return out.toString();
    }
}
