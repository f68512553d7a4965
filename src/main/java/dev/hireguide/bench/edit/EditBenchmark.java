package dev.hireguide.bench.edit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Times one-page text edits to a served site: for each edit it appends a sentence with a new
 * word to a page's Markdown, takes the time when the write has completed, and watches the
 * page's output file (its size, time and file key, read again when one changes, every 0.5 ms)
 * until it holds the new word. It then waits for the tool's own line about that rebuild and
 * for late events to settle before the next edit. Pages are taken evenly across the sorted
 * list of content pages, one page per edit. Every edited file gets its bytes back at the end.
 */
public final class EditBenchmark {

    /** One timed edit. */
    public record Edit(String tool, int number, boolean warmup, String page, double saveToDiskMillis,
                       double rebuildMillis) {
    }

    private static final Duration LIMIT = Duration.ofSeconds(120);
    private static final long POLL_NANOS = 500_000;

    private final int edits;
    private final int warmups;
    private final Consumer<String> log;

    /** @param edits timed edits; @param warmups untimed edits before them, to warm the JIT and the caches */
    public EditBenchmark(int edits, int warmups, Consumer<String> log) {
        this.edits = edits;
        this.warmups = warmups;
        this.log = log;
    }

    /** The timed edits of one tool, and for hireguide the median time of each stage of their rebuilds. */
    public record Result(List<Edit> edits, Map<String, Double> stageMedians) {
    }

    /** Serves {@code corpus} (a {@code bench-corpus} folder) with hireguide and times the edits. */
    public Result hireguide(Path corpus) throws IOException, InterruptedException {
        try (HireguideTarget target = new HireguideTarget(corpus, log)) {
            List<Edit> all = run(target);
            Map<String, List<Double>> stages = new LinkedHashMap<>();
            List<HireguideTarget.Rebuild> rebuilds = target.rebuilds();
            for (int i = warmups; i < rebuilds.size(); i++) {
                rebuilds.get(i).stages().forEach(s -> stages.computeIfAbsent(s.stage(), k -> new ArrayList<>())
                        .add(s.time().toNanos() / 1e6));
            }
            Map<String, Double> medians = new LinkedHashMap<>();
            stages.forEach((stage, times) -> medians.put(stage, median(times)));
            return new Result(all, medians);
        }
    }

    /** Serves the corpus's Hugo twin with {@code hugo server} and times the same edits. */
    public Result hugo(Path corpus) throws IOException, InterruptedException {
        try (HugoTarget target = new HugoTarget(corpus, log)) {
            return new Result(run(target), Map.of());
        }
    }

    private List<Edit> run(EditTarget target) throws IOException, InterruptedException {
        List<String> pages = pages(target.contentDir(), edits + warmups);
        Map<Path, byte[]> originals = new LinkedHashMap<>();
        List<Edit> results = new ArrayList<>();
        Random random = new Random(pages.size());
        try {
            for (int i = 0; i < pages.size(); i++) {
                String page = pages.get(i);
                Path file = target.contentDir().resolve(page);
                Path output = target.outputOf(page);
                if (!Files.isRegularFile(output)) {
                    throw new IOException(target.tool() + " wrote no " + output + " for " + file);
                }
                target.open(page);
                byte[] original = Files.readAllBytes(file);
                originals.putIfAbsent(file, original);
                String word = "benchedit" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
                byte[] edited = (new String(original, StandardCharsets.UTF_8).stripTrailing()
                        + "\n\nThis sentence was added by the edit benchmark: " + word + ".\n")
                        .getBytes(StandardCharsets.UTF_8);
                byte[] needle = word.getBytes(StandardCharsets.UTF_8);
                Thread.sleep(target.settle().toMillis());
                target.forgetRebuilds();

                Files.write(file, edited);
                long saved = System.nanoTime();
                long seen = awaitBytes(output, needle, saved);
                double saveToDisk = (seen - saved) / 1e6;
                OptionalDouble rebuild = target.nextRebuildMillis(LIMIT);
                Edit edit = new Edit(target.tool(), i + 1, i < warmups, page, saveToDisk, rebuild.orElse(Double.NaN));
                log.accept(String.format(Locale.ROOT, "%s edit %d%s: %s on disk after %.1f ms (rebuild %.0f ms)",
                        target.tool(), edit.number(), edit.warmup() ? " (warm-up)" : "", page, saveToDisk,
                        edit.rebuildMillis()));
                results.add(edit);
            }
        } finally {
            for (Map.Entry<Path, byte[]> original : originals.entrySet()) {
                Files.write(original.getKey(), original.getValue());
            }
        }
        return results;
    }

    /** Waits until {@code file} holds {@code needle}; returns the {@link System#nanoTime()} it was seen. */
    private static long awaitBytes(Path file, byte[] needle, long since) throws IOException {
        Object last = null;
        while (System.nanoTime() - since < LIMIT.toNanos()) {
            long now = System.nanoTime();
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                List<Object> stamp = List.of(attributes.size(), attributes.lastModifiedTime(),
                        Objects.requireNonNullElse(attributes.fileKey(), ""));
                if (!stamp.equals(last)) {
                    last = stamp;
                    if (indexOf(Files.readAllBytes(file), needle) >= 0) {
                        return now;
                    }
                }
            } catch (NoSuchFileException e) {
                last = null;  // between a delete and a write: look again
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        throw new IOException("the new text did not reach " + file + " within " + LIMIT.toSeconds() + " s");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** {@code count} content pages (no section pages) spread evenly over the sorted list of them. */
    static List<String> pages(Path contentDir, int count) throws IOException {
        List<String> all;
        try (Stream<Path> files = Files.walk(contentDir)) {
            all = files.filter(f -> f.toString().endsWith(".md") && !f.getFileName().toString().startsWith("_"))
                    .map(f -> contentDir.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
        if (all.size() < count) {
            throw new IOException(contentDir + " has " + all.size() + " pages, fewer than the " + count + " edits");
        }
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(all.get((int) ((long) i * all.size() / count + all.size() / (2L * count))));
        }
        return chosen;
    }

    /** The value below which {@code p} of the sorted values fall (nearest rank). */
    public static double percentile(List<Double> values, double p) {
        List<Double> sorted = values.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** The median: the middle value, or the mean of the two middle ones. */
    public static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
