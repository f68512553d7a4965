package dev.hireguide.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostingCodecTest {

    private static String form(String name, int[] ids) {
        StringBuilder out = new StringBuilder();
        switch (name) {
            case "gaps" -> PostingCodec.gaps(out, ids, 0, ids.length, 0);
            case "runs" -> PostingCodec.runs(out, ids, 0, ids.length, 0);
            default -> PostingCodec.bitmap(out, ids, 0, ids.length, 0);
        }
        return out.toString();
    }

    @Test
    void picksTheShortestFormAndReadsEveryFormBack() {
        assertEquals('.', PostingCodec.encode(new int[] {3, 90, 4000}, 3).charAt(0), "sparse lists are gaps");
        int[] runs = {100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116};
        assertEquals('+', PostingCodec.encode(runs, runs.length).charAt(0), "lists of long runs are runs");
        Random random = new Random(7);
        TreeSet<Integer> dense = new TreeSet<>();
        while (dense.size() < 3000) {
            dense.add(random.nextInt(6000));
        }
        int[] ids = dense.stream().mapToInt(Integer::intValue).toArray();
        String encoded = PostingCodec.encode(ids, ids.length);
        assertEquals(':', encoded.charAt(0), "dense lists are bitmaps");
        assertTrue(encoded.length() <= 6000 / 6 + 6, "a bitmap costs a character per six numbers");
        for (int[] list : List.of(ids, runs, new int[] {0}, new int[] {31, 32, 1023, 1024, 1_000_000})) {
            List<Integer> expected = java.util.Arrays.stream(list).boxed().toList();
            for (String name : List.of("gaps", "runs", "bitmap")) {
                assertEquals(expected, PostingCodec.decode(form(name, list)), name);
            }
            assertEquals(expected, PostingCodec.decode(PostingCodec.encode(list, list.length)));
        }
    }

    @Test
    void cutsADenseStretchFromASparseTail() {
        TreeSet<Integer> set = new TreeSet<>();
        for (int i = 0; i < 3000; i += 2) {
            set.add(i);
        }
        set.addAll(List.of(50_000, 61_000, 62_500));
        int[] ids = set.stream().mapToInt(Integer::intValue).toArray();
        String encoded = PostingCodec.encode(ids, ids.length);
        assertEquals(List.copyOf(set), PostingCodec.decode(encoded));
        assertTrue(encoded.startsWith(":") && encoded.contains("."), encoded.substring(0, 10));
        assertTrue(encoded.length() < 3000 / 6 + 20, "the tail does not widen the bitmap: " + encoded.length());
    }
}
