package dev.hireguide.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScriptJsonTest {

    @Test
    void writesMarkupAndLineSeparatorsAsEscapes() {
        assertEquals("hireguideSearch(\"d/0\",{\"t\":[\"a\\u003c/script\\u003e \\u0026 \\\"b\\\"\\n\",1,true,null]});\n",
                ScriptJson.call("d/0", Map.of("t", java.util.Arrays.asList("a</script> & \"b\"\n", 1, true, null))));
        assertEquals("[\"\\u2028\\u2029\\u0001\\\\\"]", json(List.of("\u2028\u2029\u0001\\")));
    }

    /**
     * Random strings of characters to escape, characters beyond Latin-1 (some whose low byte is
     * that of one to escape: U+203C and {@code <}) and others: what is written reads back as the
     * same string in a JSON parser, and holds no markup, control character or line separator.
     */
    @Test
    void writesJsonThatReadsBackWithoutMarkup() throws Exception {
        String alphabet = "ab (x) <>&\"\\\n\t\u0001\u2028\u2029\u203c\u2022\u215c\u0126\u4e28\u4e29é€";
        com.fasterxml.jackson.databind.ObjectMapper parser = new com.fasterxml.jackson.databind.ObjectMapper();
        Random random = new Random(6);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            StringBuilder out = new StringBuilder();
            ScriptJson.string(out, s);
            String written = out.toString();
            assertEquals(s, parser.readValue(written, String.class), written);
            assertTrue(written.chars().noneMatch(c -> c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029),
                    written);
        }
    }

    private static String json(Object value) {
        StringBuilder out = new StringBuilder();
        ScriptJson.write(out, value);
        return out.toString();
    }
}
