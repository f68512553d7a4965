package dev.hireguide.template;

import dev.hireguide.template.elsewhere.HiddenRecords;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.StringLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RecordComponentResolverTest {

    record Level(String name, int years) {
        public String shout() {
            return name.toUpperCase();
        }

        public String getLabel() {
            return name + " (" + years + ")";
        }

        public String greet(String who) {
            return "hello " + who;
        }
    }

    record Role(String title, List<Level> levels, Level lead) {
    }

    private static final Role ROLE = new Role("Backend <engineer>", List.of(new Level("junior", 1), new Level("senior", 6)),
            new Level("staff", 10));

    private final PebbleEngine ours = engine(true);
    private final PebbleEngine pebbles = engine(false);

    private static PebbleEngine engine(boolean withResolver) {
        PebbleEngine.Builder builder = new PebbleEngine.Builder().loader(new StringLoader()).strictVariables(true);
        if (withResolver) {
            builder.extension(new HireguideExtension("/"));
        }
        return builder.build();
    }

    private static String render(PebbleEngine engine, String template) throws IOException {
        StringWriter out = new StringWriter();
        engine.getTemplate(template).evaluate(out, Map.of("role", ROLE));
        return out.toString();
    }

    @Test
    void readsComponentsAndFallsBackForEverythingElseAsPebbleDoes() throws IOException {
        String template = "{{ role.title }}|{% for l in role.levels %}{{ l.name }}:{{ l.years + 1 }},{% endfor %}|"
                + "{{ role.lead.name }}|{{ role.lead.shout }}|{{ role.lead.label }}|{{ role.lead.greet('you') }}|"
                + "{{ role.levels[1].years }}|{{ role['title'] }}|{{ role.levels | length }}";
        String expected = "Backend &lt;engineer&gt;|junior:2,senior:7,|staff|STAFF|staff (10)|hello you|6|Backend &lt;engineer&gt;|2";
        assertEquals(expected, render(pebbles, template));
        assertEquals(expected, render(ours, template));
    }

    @Test
    void anUnknownAttributeFailsWithPebblesMessage() {
        String template = "{{ role.lead.nmae }}";
        PebbleException mine = assertThrows(PebbleException.class, () -> render(ours, template));
        PebbleException theirs = assertThrows(PebbleException.class, () -> render(pebbles, template));
        assertEquals(theirs.getMessage(), mine.getMessage());
    }

    @Test
    void answersOnlyForComponentsOfTheProjectsRecordsReadWithoutArguments() {
        RecordComponentResolver resolver = new RecordComponentResolver();
        Level level = new Level("junior", 1);
        assertEquals("junior", resolver.resolve(level, "name", null, null, null, "t", 1).evaluatedValue);
        assertEquals(1, resolver.resolve(level, "years", null, null, null, "t", 1).evaluatedValue);
        assertNotNull(resolver.resolve(ROLE, "lead", null, null, null, "t", 1));
        assertNull(resolver.resolve(level, "shout", null, null, null, "t", 1), "a method that is not a component");
        assertNull(resolver.resolve(level, "label", null, null, null, "t", 1));
        assertNull(resolver.resolve(level, "name", new Object[0], null, null, "t", 1), "a call with arguments");
        assertNull(resolver.resolve(level, 0L, null, null, null, "t", 1));
        assertNull(resolver.resolve(Map.of("name", "x"), "name", null, null, null, "t", 1), "not a record");
        assertNull(resolver.resolve(null, "name", null, null, null, "t", 1));
    }

    /** The project's records are read through lambdas; a record this package cannot see, through its method handle. */
    @Test
    void readsVisibleRecordsThroughLambdasAndOthersThroughHandles() {
        assertFalse(RecordComponentResolver.accessor(Level.class, "years") instanceof RecordComponentResolver.HandleReader);
        assertEquals(6, RecordComponentResolver.accessor(Level.class, "years").apply(new Level("senior", 6)));

        Object secret = HiddenRecords.secret("kept", 3);
        assertTrue(RecordComponentResolver.accessor(secret.getClass(), "name") instanceof RecordComponentResolver.HandleReader);
        RecordComponentResolver resolver = new RecordComponentResolver();
        assertEquals("kept", resolver.resolve(secret, "name", null, null, null, "t", 1).evaluatedValue);
        assertEquals(3, resolver.resolve(secret, "level", null, null, null, "t", 1).evaluatedValue);
        PebbleException failed = assertThrows(PebbleException.class,
                () -> resolver.resolve(HiddenRecords.secret("x", -1), "level", null, null, null, "t.peb", 7));
        assertTrue(failed.getMessage().contains("Could not call level"), failed.getMessage());
    }
}
