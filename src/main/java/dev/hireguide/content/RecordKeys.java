package dev.hireguide.content;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The YAML keys of a record, as the binder reads them: snake_case names, or a {@code @JsonProperty} name. */
final class RecordKeys {

    private RecordKeys() {
    }

    /** Read once per record type: reflection on every page cost 0.6% of a build. */
    private static final ClassValue<List<String>> KEYS = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            return read(type.asSubclass(Record.class));
        }
    };

    static List<String> of(Class<? extends Record> type) {
        return KEYS.get(type);
    }

    private static List<String> read(Class<? extends Record> type) {
        List<String> keys = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            JsonProperty property = component.getAnnotation(JsonProperty.class);
            if (property == null && component.getAccessor() != null) {
                property = component.getAccessor().getAnnotation(JsonProperty.class);
            }
            keys.add(property != null && !property.value().isEmpty() ? property.value() : snake(component.getName()));
        }
        return List.copyOf(keys);
    }

    static String snake(String camel) {
        StringBuilder out = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
