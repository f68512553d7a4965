package dev.hireguide.serve;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request's path as a list of plain file names, or nothing when it is not a plain path.
 * Every segment is percent-decoded strictly (bad escapes, invalid UTF-8 and encoded NULs are
 * refused), and a decoded segment may not be {@code .}, {@code ..}, empty, or contain a slash, a
 * backslash or a control character; so whatever the spelling ({@code /../}, {@code %2e%2e},
 * {@code %2f}, {@code ..\}, {@code //}), a path cannot name anything but a file below the folder
 * it is resolved in.
 *
 * @param segments      the decoded names, in order; empty for {@code /}
 * @param folder        whether the path ends with a slash (or is {@code /})
 */
record RequestPath(List<String> segments, boolean folder) {

    RequestPath {
        segments = List.copyOf(segments);
    }

    /** The path of {@code rawPath}, which must start with a slash; empty when it must be refused. */
    static Optional<RequestPath> parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        String[] raw = rawPath.substring(1).split("/", -1);
        List<String> segments = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            boolean last = i == raw.length - 1;
            if (raw[i].isEmpty()) {
                if (last) {
                    break;
                }
                return Optional.empty();
            }
            Optional<String> name = decode(raw[i]).filter(RequestPath::plainName);
            if (name.isEmpty()) {
                return Optional.empty();
            }
            segments.add(name.get());
        }
        return Optional.of(new RequestPath(segments, rawPath.endsWith("/")));
    }

    /** Whether a segment is hidden ({@code .hireguide-output}): such files are never served. */
    boolean hidden() {
        return segments.stream().anyMatch(s -> s.startsWith("."));
    }

    private static boolean plainName(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\' || c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** Strict percent-decoding into UTF-8; '+' stays '+', as it does in a path. */
    private static Optional<String> decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return Optional.of(segment);
        }
        ByteBuffer bytes = ByteBuffer.allocate(segment.length() * 4);
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%') {
                if (i + 2 >= segment.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(segment.charAt(i + 1), 16);
                int lo = Character.digit(segment.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.put((byte) (hi * 16 + lo));
                i += 2;
            } else {
                int codePoint = segment.codePointAt(i);
                bytes.put(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint) - 1;
            }
        }
        bytes.flip();
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
