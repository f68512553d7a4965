package dev.hireguide.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Compact JSON for the index's script files, written by hand so that the bytes never depend on
 * a library's defaults. Text from content is data: {@code <}, {@code >} and {@code &} are written
 * as {@code \u003c}, {@code \u003e} and {@code \u0026}, so a title such as {@code </script>}
 * cannot end the script it is in and no markup appears in the file at all, and the two line
 * separators that old JavaScript parsers reject are escaped too.
 *
 * <p>Written straight into UTF-8 bytes, the form the files are written in, as each character is
 * read for its escape: text in a string builder went through two more copies and a pass for the
 * encoding, and a single dash or euro sign in a chunk made the builder's whole text two bytes a
 * character.
 */
final class ScriptJson {

    private ScriptJson() {
    }

    /** {@code hireguideSearch("name", value);}, in UTF-8: what each index file holds, for the page's loader to receive. */
    static byte[] call(String name, Object value) {
        Bytes out = new Bytes(4096);
        out.ascii("hireguideSearch(");
        write(out, name);
        out.add(',');
        write(out, value);
        out.ascii(");\n");
        return out.toArray();
    }

    /** Writes strings, numbers, booleans, lists and maps (in their own iteration order). */
    static void write(Bytes out, Object value) {
        if (value == null) {
            out.ascii("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Number || value instanceof Boolean) {
            string(out, value.toString(), false);
        } else if (value instanceof List<?> list) {
            out.add('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.add(',');
                }
                write(out, list.get(i));
            }
            out.add(']');
        } else if (value instanceof Map<?, ?> map) {
            out.add('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.add(',');
                }
                first = false;
                string(out, entry.getKey().toString());
                out.add(':');
                write(out, entry.getValue());
            }
            out.add('}');
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass() + " as JSON");
        }
    }

    /** A JSON string. */
    static void string(Bytes out, String s) {
        string(out, s, true);
    }

    private static void string(Bytes out, String s, boolean quoted) {
        int length = s.length();
        // At most three bytes a character, or six for an escape, and the quotes.
        byte[] b = out.room(length * 6 + 2);
        int at = out.size;
        if (quoted) {
            b[at++] = '"';
        }
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&') {
                    b[at++] = (byte) c;
                    continue;
                }
                at = escape(b, at, c);
            } else if (c < 0x800) {
                b[at++] = (byte) (0xc0 | c >> 6);
                b[at++] = (byte) (0x80 | c & 0x3f);
            } else if (c == '\u2028' || c == '\u2029') {
                at = escape(b, at, c);
            } else if (Character.isSurrogate(c)) {
                char next = i + 1 < length ? s.charAt(i + 1) : 0;
                if (Character.isHighSurrogate(c) && Character.isLowSurrogate(next)) {
                    int code = Character.toCodePoint(c, next);
                    b[at++] = (byte) (0xf0 | code >> 18);
                    b[at++] = (byte) (0x80 | code >> 12 & 0x3f);
                    b[at++] = (byte) (0x80 | code >> 6 & 0x3f);
                    b[at++] = (byte) (0x80 | code & 0x3f);
                    i++;
                } else {
                    // A lone surrogate is no character: '?', as Java's UTF-8 encoder writes it.
                    b[at++] = '?';
                }
            } else {
                b[at++] = (byte) (0xe0 | c >> 12);
                b[at++] = (byte) (0x80 | c >> 6 & 0x3f);
                b[at++] = (byte) (0x80 | c & 0x3f);
            }
        }
        if (quoted) {
            b[at++] = '"';
        }
        out.size = at;
    }

    /** Writes the escape of {@code c} at {@code at}; returns where it ends. */
    private static int escape(byte[] b, int at, char c) {
        String escape = switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '<' -> "\\u003c";
            case '>' -> "\\u003e";
            case '&' -> "\\u0026";
            case '\u2028' -> "\\u2028";
            case '\u2029' -> "\\u2029";
            default -> String.format("\\u%04x", (int) c);
        };
        for (int k = 0; k < escape.length(); k++) {
            b[at++] = (byte) escape.charAt(k);
        }
        return at;
    }

    /** A growing array of bytes. */
    static final class Bytes {
        private byte[] bytes;
        private int size;

        Bytes(int capacity) {
            bytes = new byte[capacity];
        }

        /** The array, with room for {@code more} bytes after the last. */
        private byte[] room(int more) {
            if (bytes.length - size < more) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
            return bytes;
        }

        void add(char ascii) {
            room(1)[size++] = (byte) ascii;
        }

        /** Text known to be ASCII: punctuation and the names of the file's parts. */
        void ascii(String text) {
            byte[] b = room(text.length());
            for (int i = 0; i < text.length(); i++) {
                b[size++] = (byte) text.charAt(i);
            }
        }

        byte[] toArray() {
            return Arrays.copyOf(bytes, size);
        }

        @Override
        public String toString() {
            return new String(bytes, 0, size, StandardCharsets.UTF_8);
        }
    }
}
