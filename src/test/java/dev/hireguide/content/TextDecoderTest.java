package dev.hireguide.content;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDecoderTest {

    @Test
    void dropsByteOrderMark() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        assertEquals("hi", TextDecoder.decode(bytes, "a.md").text().orElseThrow());
    }

    @Test
    void pointsAtTheFirstInvalidByteCountingCharactersNotBytes() {
        byte[] head = "ok\n\u00e9\u00e9 ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 1];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xFF;
        assertEquals("a.md:2:4: error: the file is not valid UTF-8",
                TextDecoder.decode(bytes, "a.md").problem().orElseThrow().headline());
    }

    @Test
    void refusesNulBytes() {
        assertEquals("a.md:1:3: error: the file contains a NUL byte, so it is not a text file",
                TextDecoder.decode(new byte[] {'a', 'b', 0}, "a.md").problem().orElseThrow().headline());
    }

    @Test
    void refusesTruncatedSequenceAtTheEnd() {
        byte[] bytes = {'a', (byte) 0xE2, (byte) 0x82};
        assertEquals("a.md:1:2: error: the file is not valid UTF-8",
                TextDecoder.decode(bytes, "a.md").problem().orElseThrow().headline());
    }

    @Test
    void acceptsAndDecodesExactlyWhatAStrictUtf8DecoderDoes() {
        Random random = new Random(4);
        // Lead bytes at every boundary of the well-formedness table, and continuations around theirs.
        int[] interesting = {0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF,
            0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF, 0x8F, 0x90, 0x9F, 0xA0};
        int valid = 0;
        for (int n = 0; n < 60_000; n++) {
            byte[] bytes;
            if (n % 3 == 0) {
                // Real characters from every range (surrogates come out as '?'), one byte perhaps changed.
                int[] starts = {0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF};
                int codePoint = Math.min(0x10FFFF, starts[random.nextInt(starts.length)] + random.nextInt(3) - 1);
                bytes = ("a" + new String(Character.toChars(codePoint)) + "b").getBytes(StandardCharsets.UTF_8);
                if (random.nextBoolean()) {
                    bytes[1 + random.nextInt(bytes.length - 2)] = (byte) interesting[random.nextInt(interesting.length)];
                }
            } else {
                bytes = new byte[1 + random.nextInt(6)];
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) (random.nextBoolean() ? interesting[random.nextInt(interesting.length)]
                            : 1 + random.nextInt(255));
                }
            }
            // A strict decoder stops at the start of the first malformed sequence.
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CharBuffer out = CharBuffer.allocate(bytes.length + 1);
            CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
            String expected = result.isError() ? null : out.flip().toString();
            int expectedBad = result.isError() ? in.position() : bytes.length;
            if (expected != null) {
                valid++;
            }
            assertEquals(expectedBad, TextDecoder.firstInvalidOffset(bytes, 0),
                    () -> java.util.HexFormat.of().formatHex(bytes));
            TextDecoder.Decoded decoded = TextDecoder.decode(bytes, "a.md");
            // A leading EF BB BF is a byte-order mark, which the decoder keeps and this drops.
            boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                    && (bytes[2] & 0xff) == 0xBF;
            String expectedText = expected != null && bom ? expected.substring(1) : expected;
            assertEquals(expectedText, decoded.text().orElse(null), () -> java.util.HexFormat.of().formatHex(bytes));
        }
        assertTrue(valid > 12_000, "valid " + valid);
    }
}
