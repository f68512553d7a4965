package dev.hireguide.build;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Runs per-file work on all cores. Threads get a large stack because the Markdown parser
 * recurses on nested input; each item has a time limit so one pathological file cannot hang
 * the build. Results keep the order of the input, so parallel builds stay deterministic.
 */
final class Workers implements AutoCloseable {

    private static final long STACK_BYTES = 64L * 1024 * 1024;

    private final ExecutorService pool;

    Workers(int threads) {
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(null, task, "hireguide-worker-" + count.incrementAndGet(), STACK_BYTES);
            thread.setDaemon(true);  // a file stuck past its time limit must not keep the JVM alive
            return thread;
        });
    }

    /**
     * Applies {@code work} to each item in parallel. An item that takes longer than {@code limit}
     * is given {@code onTimeout}'s result instead; so is an item whose work threw, with the error.
     */
    <T, R> List<R> map(List<T> items, Function<T, R> work, Duration limit, BiFunction<T, Throwable, R> onFailure) {
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (T item : items) {
            futures.add(pool.submit(() -> work.apply(item)));
        }
        List<R> results = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Future<R> future = futures.get(i);
            try {
                results.add(future.get(limit.toMillis(), TimeUnit.MILLISECONDS));
            } catch (TimeoutException e) {
                future.cancel(true);
                results.add(onFailure.apply(items.get(i), e));
            } catch (ExecutionException e) {
                results.add(onFailure.apply(items.get(i), e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("build interrupted", e);
            }
        }
        return results;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
