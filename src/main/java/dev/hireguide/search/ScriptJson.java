package dev.hireguide.search;

import java.util.List;
import java.util.Map;

/**
 * Compact JSON for the index's script files, written by hand so that the bytes never depend on
 * a library's defaults. Text from content is data: {@code <}, {@code >} and {@code &} are written
 * as {@code \u003c}, {@code \u003e} and {@code \u0026}, so a title such as {@code </script>}
 * cannot end the script it is in and no markup appears in the file at all, and the two line
 * separators that old JavaScript parsers reject are escaped too.
 */
final class ScriptJson {

    private ScriptJson() {
    }

    /** {@code hireguideSearch("name", value);}: what each index file holds, for the page's loader to receive. */
    static String call(String name, Object value) {
        StringBuilder out = new StringBuilder(4096).append("hireguideSearch(");
        write(out, name);
        out.append(',');
        write(out, value);
        return out.append(");\n").toString();
    }

    /** Writes strings, numbers, booleans, lists and maps (in their own iteration order). */
    static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(out, list.get(i));
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(out, entry.getKey().toString());
                out.append(':');
                write(out, entry.getValue());
            }
            out.append('}');
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass() + " as JSON");
        }
    }

    static void string(StringBuilder out, String s) {
        out.append('"');
        // Runs of characters that need no escape are appended at once: most strings have none.
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' && c != '\u2028' && c != '\u2029') {
                continue;
            }
            out.append(s, run, i);
            run = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        if (run == 0) {
            out.append(s);
        } else {
            out.append(s, run, s.length());
        }
        out.append('"');
    }
}
