package dev.hireguide.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScriptJsonTest {

    @Test
    void writesMarkupAndLineSeparatorsAsEscapes() {
        assertEquals("hireguideSearch(\"d/0\",{\"t\":[\"a\\u003c/script\\u003e \\u0026 \\\"b\\\"\\n\",1,true,null]});\n",
                ScriptJson.call("d/0", Map.of("t", java.util.Arrays.asList("a</script> & \"b\"\n", 1, true, null))));
        assertEquals("[\"\\u2028\\u2029\\u0001\\\\\"]", json(List.of("\u2028\u2029\u0001\\")));
    }

    /**
     * Random strings of characters to escape, characters beyond Latin-1 (some whose low byte is
     * that of one to escape: U+203C and {@code <}) and others: escaped as a reading of one
     * character at a time would.
     */
    @Test
    void escapesAsACharacterByCharacterReadingWould() {
        String alphabet = "ab (x) <>&\"\\\n\t\u0001\u2028\u2029\u203c\u2022\u215c\u0126\u4e28\u4e29é€";
        Random random = new Random(6);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            StringBuilder out = new StringBuilder();
            ScriptJson.string(out, s);
            assertEquals(byCharacter(s), out.toString(), s);
        }
    }

    private static String json(Object value) {
        StringBuilder out = new StringBuilder();
        ScriptJson.write(out, value);
        return out.toString();
    }

    /** The escaping read one character at a time. */
    private static String byCharacter(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
