package dev.hireguide.yaml;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Pattern;

import static dev.hireguide.yaml.YamlAssertions.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dates and months front matter accepts are those java.time's ISO parsers read from the ISO shape. */
class DateDeserializersTest {

    record Dated(LocalDate day, YearMonth month) {
    }

    private final YamlBinder binder = new YamlBinder();

    /** What the old deserializers gave: the parse of text in the ISO shape, or null when refused. */
    private static <T> T expected(String text, Pattern shape, Function<String, T> parse) {
        if (!shape.matcher(text).matches()) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static List<String> candidates(Random random, boolean withDay) {
        List<String> texts = new ArrayList<>(List.of("0000-01-01", "9999-12-31", "2024-02-29", "2023-02-29",
                "2026-3-01", "2026-03-1", "20260301", "2026/03/01", "２０２６-03-01", "2026-03-01x", "2026-03-01T10:00",
                "-2026-03-01", "+2026-03-01", "2026-00", "2026-13", "2026-03", "2026", "soon", "2026-03-", "2026-0a"));
        for (int i = 0; i < 1500; i++) {
            String text = String.format(Locale.ROOT, "%04d-%02d", random.nextInt(10_000), random.nextInt(14));
            texts.add(withDay ? text + String.format(Locale.ROOT, "-%02d", random.nextInt(33)) : text);
        }
        return texts;
    }

    /** Binds each text to {@code field} and checks that it gives what {@code parse} gave text in the ISO shape. */
    private <T> void assertReadAs(String field, Pattern shape, Function<String, T> parse, Function<Dated, T> read,
                                  List<String> texts) {
        for (String text : texts) {
            T expected = expected(text, shape, parse);
            BindResult<Dated> result = binder.bind(document(field + ": \"" + text + "\"\n"), "", Dated.class);
            assertEquals(expected, result.value().map(read).orElse(null), text);
            assertEquals(expected == null, !result.diagnostics().isEmpty(), text);
        }
    }

    @Test
    void readsDatesAsLocalDateParseDoes() {
        assertReadAs("day", Pattern.compile("\\d{4}-\\d{2}-\\d{2}"), LocalDate::parse, Dated::day,
                candidates(new Random(5), true));
    }

    @Test
    void readsMonthsAsYearMonthParseDoes() {
        assertReadAs("month", Pattern.compile("\\d{4}-\\d{2}"), YearMonth::parse, Dated::month,
                candidates(new Random(6), false));
    }

    @Test
    void refusesAnImpossibleDayWithItsPosition() {
        BindResult<Dated> result = binder.bind(document("day: 2023-02-29\n"), "", Dated.class);
        assertTrue(result.value().isEmpty());
        assertEquals(1, result.diagnostics().size());
        assertEquals("content/guides/rust.md:2:6: error: 'day' must be a date YYYY-MM-DD, not \"2023-02-29\"",
                result.diagnostics().get(0).headline());
    }
}
