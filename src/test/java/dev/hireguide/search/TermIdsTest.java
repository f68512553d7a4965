package dev.hireguide.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TermIdsTest {

    @Test
    void givesEachTermOneNumberWhateverThreadMeetsItFirst() throws Exception {
        int terms = 20_000;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<int[]>> runs = new ArrayList<>();
            for (int run = 0; run < 4; run++) {
                int offset = run * 997;
                runs.add(pool.submit(() -> {
                    int[] numbers = new int[terms];
                    for (int i = 0; i < terms; i++) {
                        // Each thread meets the terms in another order, as workers meet words.
                        int term = (i + offset) % terms;
                        numbers[term] = TermIds.of(new String("termidstest" + term));
                    }
                    return numbers;
                }));
            }
            int[] first = runs.get(0).get();
            Set<Integer> distinct = new HashSet<>();
            for (int term = 0; term < terms; term++) {
                for (Future<int[]> run : runs) {
                    assertEquals(first[term], run.get()[term], "term " + term);
                }
                assertEquals("termidstest" + term, TermIds.term(first[term]));
                assertTrue(first[term] < TermIds.count());
                distinct.add(first[term]);
            }
            assertEquals(terms, distinct.size());
        } finally {
            pool.shutdownNow();
        }
    }
}
