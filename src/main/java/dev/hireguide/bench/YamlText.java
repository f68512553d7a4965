package dev.hireguide.bench;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes front matter YAML line by line. Text is always double-quoted, so that generated words
 * such as {@code no}, {@code 3.10} or a colon never change what a value means.
 */
final class YamlText {

    private final StringBuilder text = new StringBuilder();

    /** {@code key: "text"}, at {@code indent} spaces. */
    YamlText text(int indent, String key, String value) {
        return line(indent, key + ": " + quote(value));
    }

    /** {@code key: value}, written as it is: numbers, dates, enum names. */
    YamlText plain(int indent, String key, Object value) {
        return line(indent, key + ": " + value);
    }

    /** {@code key: ["a", "b"]}. */
    YamlText list(int indent, String key, List<String> values) {
        return line(indent, key + ": " + values.stream().map(YamlText::quote).collect(Collectors.joining(", ", "[", "]")));
    }

    /** {@code key:}, opening a nested mapping or a block list. */
    YamlText open(int indent, String key) {
        return line(indent, key + ":");
    }

    /** A block list item: {@code - key: "text"}, at {@code indent} spaces for the dash. */
    YamlText item(int indent, String key, String value) {
        return line(indent, "- " + key + ": " + quote(value));
    }

    YamlText itemPlain(int indent, String key, Object value) {
        return line(indent, "- " + key + ": " + value);
    }

    YamlText line(int indent, String line) {
        text.append(" ".repeat(indent)).append(line).append('\n');
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
