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

    static List<String> of(Class<? extends Record> type) {
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
