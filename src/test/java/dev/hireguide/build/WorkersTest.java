package dev.hireguide.build;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkersTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Test
    void resultsKeepTheOrderOfTheItems() {
        try (Workers workers = new Workers(3)) {
            List<Integer> items = IntStream.range(0, 2000).boxed().toList();
            List<Integer> squares = workers.map(items, i -> {
                if (i % 7 == 0) {
                    Thread.yield();
                }
                return i * i;
            }, LIMIT, (i, e) -> -1);
            assertEquals(items.stream().map(i -> i * i).toList(), squares);
        }
    }

    @Test
    void anItemWhoseWorkThrowsGetsTheFailuresResultWithTheError() {
        try (Workers workers = new Workers(2)) {
            List<String> results = workers.map(List.of("a", "boom", "c"), s -> {
                if (s.equals("boom")) {
                    throw new IllegalArgumentException("bad " + s);
                }
                return s.toUpperCase();
            }, LIMIT, (s, e) -> e.getClass().getSimpleName() + ": " + e.getMessage());
            assertEquals(List.of("A", "IllegalArgumentException: bad boom", "C"), results);
            assertEquals(List.of(), workers.map(List.<String>of(), s -> s, LIMIT, (s, e) -> s));
        }
    }

    @Test
    void anItemPastTheLimitIsStoppedAndTheOthersFinish() throws InterruptedException {
        AtomicBoolean interrupted = new AtomicBoolean();
        CountDownLatch stopped = new CountDownLatch(1);
        try (Workers workers = new Workers(2)) {
            List<String> results = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> workers.map(List.of("slow", "quick"), s -> {
                if (s.equals("slow")) {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        interrupted.set(true);
                        stopped.countDown();
                    }
                }
                return s;
            }, Duration.ofMillis(300), (s, e) -> e instanceof TimeoutException ? "timed out: " + s : "other"));
            assertEquals(List.of("timed out: slow", "quick"), results);
            assertTrue(stopped.await(5, TimeUnit.SECONDS) && interrupted.get(), "the slow item's thread was interrupted");
        }
    }

    @Test
    void workThatIgnoresTheInterruptDoesNotHoldUpTheBuild() {
        try (Workers workers = new Workers(2)) {
            List<String> results = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> workers.map(List.of("stuck", "fine"), s -> {
                if (s.equals("stuck")) {
                    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
                    while (System.nanoTime() < end) {
                        Thread.onSpinWait();  // deaf to interrupts
                    }
                }
                return s;
            }, Duration.ofMillis(300), (s, e) -> "timed out: " + s));
            assertEquals(List.of("timed out: stuck", "fine"), results);
        }
    }

    @Test
    void itemsWaitingForAThreadAreNotTimedOut() {
        try (Workers workers = new Workers(1)) {
            // Each takes 150 ms on the one thread; the last starts long after the limit has passed since the first began.
            List<Integer> results = workers.map(List.of(1, 2, 3, 4), i -> {
                try {
                    Thread.sleep(150);
                } catch (InterruptedException e) {
                    return -i;
                }
                return i;
            }, Duration.ofMillis(400), (i, e) -> 0);
            assertEquals(List.of(1, 2, 3, 4), results);
        }
    }

    @Test
    void anInterruptedCallerStopsWithAClearError() {
        try (Workers workers = new Workers(1)) {
            Thread.currentThread().interrupt();
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> workers.map(List.of(1), i -> i, LIMIT, (i, error) -> 0));
            assertEquals("build interrupted", e.getMessage());
            assertTrue(Thread.interrupted(), "the interrupt flag stays set");
        }
    }
}
