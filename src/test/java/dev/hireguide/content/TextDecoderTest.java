package dev.hireguide.content;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
