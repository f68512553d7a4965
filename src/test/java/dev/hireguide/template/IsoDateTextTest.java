package dev.hireguide.template;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.loader.StringLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IsoDateTextTest {

    private static final String TEMPLATE = "{{ d | date(p, existingFormat=\"yyyy-MM-dd\") }}";

    /** What Pebble's own filter writes, or null when it fails. */
    private static String pebbles(Locale locale, String date, String pattern) {
        PebbleEngine engine = new PebbleEngine.Builder().loader(new StringLoader()).defaultLocale(locale).build();
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(TEMPLATE).evaluate(out, Map.of("d", date, "p", pattern));
        } catch (PebbleException | IOException e) {
            return null;
        }
        return out.toString();
    }

    private static SafeString ours(Locale locale, String date, String pattern) {
        return IsoDateText.format(date, Map.of("format", pattern, "existingFormat", IsoDateText.ISO), locale);
    }

    @Test
    void writesTheThemesDatesAsPebblesFilterDoes() {
        for (String date : List.of("2023-11-10", "2024-02-29", "1999-12-31", "2026-01-01", "1600-03-01", "9999-12-31")) {
            for (String pattern : List.of("d MMMM yyyy", "yyyy", "MMM d, yyyy", "dd/MM/yy", "yyyy-MM-dd", "M/d/y", "MMMM yyy")) {
                SafeString text = ours(Locale.ENGLISH, date, pattern);
                assertNotNull(text, date + " in " + pattern);
                assertEquals(pebbles(Locale.ENGLISH, date, pattern), text.toString(), date + " in " + pattern);
            }
        }
        assertEquals("10 November 2023", ours(Locale.ENGLISH, "2023-11-10", "d MMMM yyyy").toString());
    }

    @Test
    void leavesToPebbleWhatItReadsOrWritesOtherwise() {
        // Pebble's parse is lenient (30 February is 2 March), takes any number of digits and
        // ignores what follows the date; before 1582 its calendar is Julian.
        for (String date : List.of("2023-02-30", "2023-13-01", "2023-00-10", "2023-1-05", "2023-01-5", "20230105",
                "2023-01-05T10:00", "1500-06-01", "0999-01-01", "２０２３-01-05", "2023/01/05", "")) {
            assertNull(ours(Locale.ENGLISH, date, "d MMMM yyyy"), date);
        }
        // Fields that the two formatters write otherwise, or that this does not know.
        for (String pattern : List.of("MMMMM", "ddd", "yyyyy", "EEE d MMMM", "d 'of' MMMM", "[yyyy]", "d#M", "u", "YYYY",
                "L", "D", "h:mm a", "")) {
            assertNull(ours(Locale.ENGLISH, "2023-11-10", pattern), pattern);
        }
        for (Locale locale : List.of(Locale.UK, Locale.US, Locale.FRENCH, Locale.GERMAN, Locale.ROOT)) {
            assertNull(ours(locale, "2023-11-10", "d MMMM yyyy"), locale.toString());
        }
        assertNull(IsoDateText.format("2023-11-10", Map.of("format", "yyyy", "existingFormat", "yyyy-MM-dd",
                "timeZone", "Asia/Tokyo"), Locale.ENGLISH), "with a time zone");
        assertNull(IsoDateText.format("2023-11-10", Map.of("format", "yyyy", "existingFormat", "dd-MM-yyyy"),
                Locale.ENGLISH), "another input format");
        assertNull(IsoDateText.format("2023-11-10", Map.of("existingFormat", "yyyy-MM-dd"), Locale.ENGLISH),
                "Pebble's default output format");
    }

    @Test
    void leavesToPebbleADayTheTimeZoneSkipped() {
        // Samoa went from 29 to 31 December 2011: Pebble's parse rolls the 30th over into the 31st.
        TimeZone zone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Apia"));
        try {
            assertNull(ours(Locale.ENGLISH, "2011-12-30", "d MMMM yyyy"));
            assertEquals("31 December 2011", pebbles(Locale.ENGLISH, "2011-12-30", "d MMMM yyyy"));
            SafeString before = ours(Locale.ENGLISH, "2011-12-29", "d MMMM yyyy");
            assertNotNull(before);
            assertEquals(pebbles(Locale.ENGLISH, "2011-12-29", "d MMMM yyyy"), before.toString());
        } finally {
            TimeZone.setDefault(zone);
        }
        assertNotNull(ours(Locale.ENGLISH, "2011-12-30", "d MMMM yyyy"), "a day UTC has");
    }

    @Test
    void agreesWithPebbleOnRandomDatesAndPatternsWheneverItAnswers() {
        Random random = new Random(11);
        String[] parts = {"d", "dd", "M", "MM", "MMM", "MMMM", "MMMMM", "y", "yy", "yyy", "yyyy", "yyyyy", " ", ", ", "-",
            "/", ".", ":", "E", "'x'", "#"};
        // Mostly the engine's English, which is what this answers for.
        List<Locale> locales = List.of(Locale.ENGLISH, Locale.ENGLISH, Locale.ENGLISH, Locale.US, Locale.UK, Locale.FRENCH);
        int answered = 0;
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            StringBuilder pattern = new StringBuilder();
            for (int p = 1 + random.nextInt(5); p > 0; p--) {
                pattern.append(parts[random.nextInt(parts.length)]);
            }
            String date = String.format(Locale.ROOT, "%04d-%02d-%02d", 1550 + random.nextInt(600), random.nextInt(14),
                    random.nextInt(33));
            Locale locale = locales.get(random.nextInt(locales.size()));
            SafeString text = ours(locale, date, pattern.toString());
            if (text != null) {
                answered++;
                String theirs = pebbles(locale, date, pattern.toString());
                if (!text.toString().equals(theirs)) {
                    differences.add(date + " " + pattern + " " + locale + ": " + text + " against " + theirs);
                }
            }
        }
        assertEquals(List.of(), differences);
        assertTrue(answered > 600, "answered " + answered + " of 6000");
    }
}
