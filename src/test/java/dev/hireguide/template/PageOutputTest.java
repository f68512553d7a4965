package dev.hireguide.template;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageOutputTest {

    @Test
    void aTemplateWritesTheSameTextAsToAStringWriter() throws IOException {
        PebbleEngine engine = new PebbleEngine.Builder().loader(new StringLoader()).build();
        String template = "<p>{{ i }} {{ l }} {{ d }} {{ f }} {{ s }} {{ b }} {{ c }} {{ text }} {{ none }}</p>"
                + "{% for x in [1, 2] %}{{ x }}{% endfor %}{% macro m(a) %}[{{ a }}]{% endmacro %}{{ m('é') }}";
        Map<String, Object> context = Map.of("i", 42, "l", 7_000_000_000L, "d", 1.5, "f", 2.25f, "s", (short) 3,
                "b", (byte) 4, "c", 'x', "text", "Système & <b>", "none", "");
        StringWriter expected = new StringWriter();
        engine.getTemplate(template).evaluate(expected, context);
        PageOutput actual = new PageOutput();
        engine.getTemplate(template).evaluate(actual, context);
        assertEquals(expected.toString(), actual.toString());
    }

    @Test
    void everyWayOfWritingAppends() throws IOException {
        PageOutput out = new PageOutput();
        Writer writer = out;
        writer.write("ab");
        writer.write("xcdx", 1, 2);
        writer.write('e');
        writer.write(new char[] {'y', 'f', 'g'}, 1, 2);
        writer.append("h").append('i').append("xjx", 1, 2);
        out.writeSpecialized(1);
        out.writeSpecialized(2L);
        out.writeSpecialized(0.5);
        out.writeSpecialized(0.25f);
        out.writeSpecialized((short) 3);
        out.writeSpecialized((byte) 4);
        out.writeSpecialized('k');
        out.writeSpecialized("lm");
        writer.flush();
        writer.close();
        assertEquals("abcdefghij120.50.2534klm", out.toString());
    }
}
