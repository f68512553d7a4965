package dev.hireguide.yaml;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Plain words for what a field expects and what the editor wrote instead. */
final class ValueWords {

    private static final int MAX_SHOWN = 40;

    private ValueWords() {
    }

    /** What a value of {@code type} is, as a noun phrase: "text", "a whole number", "a list". */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a different kind of value";
        }
        if (type == String.class || type == CharSequence.class || type == char.class || type == Character.class) {
            return "text";
        }
        if (isWhole(type)) {
            return "a whole number";
        }
        if (type == double.class || type == float.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date YYYY-MM-DD";
        }
        if (type == YearMonth.class) {
            return "a month YYYY-MM";
        }
        if (type.isEnum()) {
            return "one of " + String.join(", ", enumValues(type));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a mapping";
    }

    /** What to do, for a field that expects {@code type}. */
    static String hint(Class<?> type) {
        String expected = expected(type);
        return switch (expected) {
            case "text" -> "write a single value after the key, in quotes if it contains ': '";
            case "a whole number" -> "write plain digits, without quotes or leading zeros, such as 12";
            case "a number" -> "write plain digits, without quotes or leading zeros, such as 12 or 0.5";
            case "true or false" -> "write true or false; yes, no, on and off are read as text";
            case "a date YYYY-MM-DD" -> "write a real date as YYYY-MM-DD, such as 2026-03-01";
            case "a month YYYY-MM" -> "write the month as YYYY-MM, such as 2026-03";
            case "a list" -> "write one item per line starting with '- ', or [a, b] on one line";
            case "a mapping" -> "write its keys on the lines below, indented under it";
            default -> type != null && type.isEnum() ? "write one of the values listed" : "";
        };
    }

    /** What the editor wrote: {@code "ten"} for text, {@code 3.10} for a number, "a list", "empty". */
    static String actual(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "empty";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isTextual()) {
            return '"' + shortened(node.textValue()) + '"';
        }
        return node.asText();
    }

    /** The values an editor writes for an enum: its constants in lower case, in declaration order. */
    static List<String> enumValues(Class<?> type) {
        Object[] constants = type.getEnumConstants();
        return constants == null ? List.of() : Arrays.stream(constants)
                .map(c -> written((Enum<?>) c))
                .toList();
    }

    /** How an editor writes an enum constant: its {@code @JsonProperty} name, else its name in lowercase. */
    private static String written(Enum<?> constant) {
        try {
            com.fasterxml.jackson.annotation.JsonProperty property = constant.getDeclaringClass()
                    .getField(constant.name()).getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            if (property != null && !property.value().isEmpty()) {
                return property.value();
            }
        } catch (NoSuchFieldException e) {
            // Every constant is a field; fall back to its name.
        }
        return constant.name().toLowerCase(Locale.ROOT);
    }

    static String shortened(String text) {
        String oneLine = text.replace("\n", " ").strip();
        return oneLine.length() <= MAX_SHOWN ? oneLine : oneLine.substring(0, MAX_SHOWN - 1) + "…";
    }

    private static boolean isWhole(Class<?> type) {
        return type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == BigInteger.class;
    }
}
