package dev.hireguide.template;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.loader.StringLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RememberedDateFilterTest {

    private final RememberedDateFilter filter = new RememberedDateFilter();
    private final PebbleEngine engine = new PebbleEngine.Builder().loader(new StringLoader()).defaultLocale(Locale.ENGLISH)
            .extension(new AbstractExtension() {
                @Override
                public Map<String, Filter> getFilters() {
                    return Map.of("date", filter);
                }
            }).build();
    private final PebbleEngine plain = new PebbleEngine.Builder().loader(new StringLoader()).defaultLocale(Locale.ENGLISH).build();

    private static String render(PebbleEngine engine, String template, Map<String, Object> context) throws IOException {
        StringWriter out = new StringWriter();
        engine.getTemplate(template).evaluate(out, context);
        return out.toString();
    }

    @Test
    void writesWhatPebblesFilterWritesAndRemembersEachDateOnce() throws IOException {
        String template = "{{ d | date(\"d MMMM yyyy\", existingFormat=\"yyyy-MM-dd\") }}|{{ d | date(\"yyyy\", existingFormat=\"yyyy-MM-dd\") }}";
        for (String date : new String[] {"2023-11-10", "2024-01-26", "2023-11-10", "2024-01-26"}) {
            assertEquals(render(plain, template, Map.of("d", date)), render(engine, template, Map.of("d", date)));
        }
        assertEquals("10 November 2023|2023", render(engine, template, Map.of("d", "2023-11-10")));
        assertEquals(4, filter.remembered(), "two dates in two formats");
    }

    @Test
    void theThemesDateFilterIsTheRememberingOne() {
        assertTrue(new HireguideExtension("/").getFilters().get("date") instanceof RememberedDateFilter);
    }

    @Test
    void aDateItCannotReadFailsAsPebblesDoes() {
        String template = "{{ d | date(\"yyyy\", existingFormat=\"yyyy-MM-dd\") }}";
        PebbleException ours = assertThrows(PebbleException.class, () -> render(engine, template, Map.of("d", "10/11/2023")));
        PebbleException theirs = assertThrows(PebbleException.class, () -> render(plain, template, Map.of("d", "10/11/2023")));
        assertEquals(theirs.getMessage(), ours.getMessage());
        assertEquals(0, filter.remembered());
    }
}
