package dev.hireguide.template;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import io.pebbletemplates.pebble.node.TextNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PageOutputTest {

    @Test
    void aTemplateWritesTheSameTextAsToAStringWriter() throws IOException {
        TemplateTexts texts = new TemplateTexts();
        PebbleEngine engine = new PebbleEngine.Builder().loader(new StringLoader())
                .extension(new HireguideExtension("/", texts)).build();
        String template = "<p>{{ i }} {{ l }} {{ d }} {{ f }} {{ s }} {{ b }} {{ c }} {{ text }} {{ none }}</p>"
                + "{% for x in [1, 2] %}{{ x }}{% endfor %}{% macro m(a) %}[{{ a }}]{% endmacro %}{{ m('é') }}";
        Map<String, Object> context = Map.of("i", 42, "l", 7_000_000_000L, "d", 1.5, "f", 2.25f, "s", (short) 3,
                "b", (byte) 4, "c", 'x', "text", "Système & <b>", "none", "");
        StringWriter expected = new StringWriter();
        engine.getTemplate(template).evaluate(expected, context);
        PageOutput actual = new PageOutput(texts);
        engine.getTemplate(template).evaluate(actual, context);
        assertEquals(expected.toString(), actual.toString());
        // Every piece of text between tags, kept as it was compiled: "<p>", the eight " ", "</p>", "[" and "]".
        assertEquals(12, texts.size());
    }

    @Test
    void everyWayOfWritingAppends() throws IOException {
        PageOutput out = new PageOutput(new TemplateTexts());
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

    /** A template's text is written from the string kept for its array, and only for that very array. */
    @Test
    void templateTextIsKeptByItsArray() {
        TemplateTexts texts = new TemplateTexts();
        PebbleEngine engine = new PebbleEngine.Builder().loader(new StringLoader()).build();
        TextNode node = new TextNode("<p>hi</p>", 1);
        texts.createVisitor(engine.getTemplate("x")).visit(node);
        assertEquals("<p>hi</p>", texts.of(node.getData()));
        assertNull(texts.of("<p>hi</p>".toCharArray()));

        PageOutput out = new PageOutput(texts);
        out.write(node.getData(), 0, node.getData().length);
        out.write(node.getData(), 3, 2);
        // Some other buffer, written, changed and written again: what it holds each time.
        char[] buffer = "abc".toCharArray();
        out.write(buffer, 0, 3);
        buffer[0] = 'x';
        out.write(buffer, 0, 3);
        assertEquals("<p>hi</p>hiabcxbc", out.toString());
    }
}
