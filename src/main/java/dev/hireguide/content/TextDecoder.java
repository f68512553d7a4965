package dev.hireguide.content;

import dev.hireguide.diag.Diagnostic;
import dev.hireguide.diag.SourcePosition;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Decodes a source file as strict UTF-8, refusing binary files and bytes that are not UTF-8. */
public final class TextDecoder {

    private TextDecoder() {
    }

    /** The decoded text (without a byte-order mark), or the diagnostic that explains why there is none. */
    public record Decoded(Optional<String> text, Optional<Diagnostic> problem) {
    }

    public static Decoded decode(byte[] bytes, String file) {
        int start = hasBom(bytes) ? 3 : 0;
        boolean ascii = true;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return failed(file, bytes, start, i, "the file contains a NUL byte, so it is not a text file",
                        "content/ pages must be Markdown text; move binary files out or give them their own extension");
            }
            ascii &= bytes[i] > 0;
        }
        if (ascii) {
            // Most pages are ASCII, which is valid UTF-8 and needs no decoder. Made as Latin-1,
            // which gives the same characters for ASCII and is copied as it is (a string made as
            // US-ASCII is searched for bytes above 127 again first).
            return new Decoded(Optional.of(new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1)),
                    Optional.empty());
        }
        // Checked here, then made by String's own decoding: a CharsetDecoder refuses the same
        // bytes, but its loops were code the JIT compiled for the few pages that are not ASCII.
        int bad = firstInvalidOffset(bytes, start);
        if (bad < bytes.length) {
            return failed(file, bytes, start, bad, "the file is not valid UTF-8", "save the file as UTF-8 in your editor");
        }
        return new Decoded(Optional.of(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8)),
                Optional.empty());
    }

    private static Decoded failed(String file, byte[] bytes, int start, int offset, String message, String hint) {
        int line = 1;
        int column = 1;
        int lineStart = start;
        for (int i = start; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // Count characters, not bytes, up to the bad byte, as an editor shows columns.
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        column = before.codePointCount(0, before.length()) + 1;
        return new Decoded(Optional.empty(),
                Optional.of(Diagnostic.error(SourcePosition.of(file, line, column), message, hint)));
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    /**
     * The offset of the first byte that does not start or continue a well-formed UTF-8 sequence
     * (the Unicode standard's table 3-7: no overlong forms, surrogates or code points past
     * U+10FFFF), or the array's length when there is none.
     */
    static int firstInvalidOffset(byte[] b, int start) {
        int i = start;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (len == 0 || i + len > b.length) {
                return i;
            }
            // The second byte's range depends on the first; the others are plain continuations.
            int second = b[i + 1] & 0xff;
            int low = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
            int high = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
            if (second < low || second > high) {
                return i;
            }
            for (int k = 2; k < len; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += len;
        }
        return b.length;
    }
}
