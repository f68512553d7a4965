package dev.hireguide.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostingCodecTest {

    @Test
    void picksTheShortestFormAndReadsEveryFormBack() {
        assertEquals('.', PostingCodec.encode(new int[] {3, 90, 4000}, 3).charAt(0), "sparse lists are gaps");
        assertEquals('+', PostingCodec.encode(new int[] {100, 101, 102, 103, 104, 105, 106, 107, 500, 501, 502, 503, 504, 505}, 14).charAt(0),
                "lists of long runs are runs");
        Random random = new Random(7);
        TreeSet<Integer> dense = new TreeSet<>();
        while (dense.size() < 3000) {
            dense.add(random.nextInt(6000));
        }
        int[] ids = dense.stream().mapToInt(Integer::intValue).toArray();
        String encoded = PostingCodec.encode(ids, ids.length);
        assertEquals(':', encoded.charAt(0), "dense lists are bitmaps");
        assertTrue(encoded.length() <= 6000 / 6 + 4, "a bitmap costs a character per six numbers");
        for (int[] list : List.of(ids, new int[] {0}, new int[] {31, 32, 1023, 1024, 1_000_000})) {
            List<Integer> expected = java.util.Arrays.stream(list).boxed().toList();
            assertEquals(expected, PostingCodec.decode(PostingCodec.gaps(list, list.length)));
            assertEquals(expected, PostingCodec.decode(PostingCodec.runs(list, list.length)));
            assertEquals(expected, PostingCodec.decode(PostingCodec.bitmap(list, list.length)));
            assertEquals(expected, PostingCodec.decode(PostingCodec.encode(list, list.length)));
        }
    }
}
