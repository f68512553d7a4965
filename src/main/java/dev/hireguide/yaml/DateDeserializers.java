package dev.hireguide.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.regex.Pattern;

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
        module.addDeserializer(LocalDate.class,
                new IsoDeserializer<>(LocalDate.class, Pattern.compile("\\d{4}-\\d{2}-\\d{2}"), LocalDate::parse));
        module.addDeserializer(YearMonth.class,
                new IsoDeserializer<>(YearMonth.class, Pattern.compile("\\d{4}-\\d{2}"), YearMonth::parse));
        return module;
    }

    private static final class IsoDeserializer<T> extends StdScalarDeserializer<T> {

        private final Pattern shape;
        private final transient Function<String, T> parse;

        IsoDeserializer(Class<T> type, Pattern shape, Function<String, T> parse) {
            super(type);
            this.shape = shape;
            this.parse = parse;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getText().trim();
            if (shape.matcher(text).matches()) {
                try {
                    return parse.apply(text);
                } catch (DateTimeParseException e) {
                    // Falls through: the shape is right but the day or month does not exist.
                }
            }
            return (T) ctxt.handleWeirdStringValue(handledType(), text, "not a calendar date in ISO form");
        }
    }
}
