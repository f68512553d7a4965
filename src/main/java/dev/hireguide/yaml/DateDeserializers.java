package dev.hireguide.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Function;

/**
 * {@link LocalDate} ({@code 2026-03-01}) and {@link YearMonth} ({@code 2026-03}) from YAML text,
 * without jackson-datatype-jsr310. Only the ISO forms are accepted, and only real calendar
 * dates: {@code 2026-02-30} fails like {@code soon} does, with the field's position.
 */
final class DateDeserializers {

    private DateDeserializers() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("hireguide-dates");
        module.addDeserializer(LocalDate.class, new IsoDeserializer<>(LocalDate.class, 10, DateDeserializers::date));
        module.addDeserializer(YearMonth.class, new IsoDeserializer<>(YearMonth.class, 7, DateDeserializers::month));
        return module;
    }

    /**
     * {@code yyyy-MM-dd} as {@link LocalDate#parse} reads it, once the shape is right. Read here
     * because its formatter's field resolution cost the JIT more than all the dates of a build.
     */
    private static LocalDate date(String text) {
        return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    }

    /** {@code yyyy-MM} as {@link YearMonth#parse} reads it, once the shape is right. */
    private static YearMonth month(String text) {
        return YearMonth.of(digits(text, 0, 4), digits(text, 5, 7));
    }

    /** Whether {@code text} is digits with a dash after the fourth and (if long enough) the seventh. */
    private static boolean isIsoShape(String text, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean ok = i == 4 || i == 7 ? c == '-' : c >= '0' && c <= '9';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    private static final class IsoDeserializer<T> extends StdScalarDeserializer<T> {

        /** The length of the ISO form: 10 for a date, 7 for a month. */
        private final int length;
        private final transient Function<String, T> parse;

        IsoDeserializer(Class<T> type, int length, Function<String, T> parse) {
            super(type);
            this.length = length;
            this.parse = parse;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getText().trim();
            if (isIsoShape(text, length)) {
                try {
                    return parse.apply(text);
                } catch (DateTimeException e) {
                    // Falls through: the shape is right but the day or month does not exist.
                }
            }
            return (T) ctxt.handleWeirdStringValue(handledType(), text, "not a calendar date in ISO form");
        }
    }
}
