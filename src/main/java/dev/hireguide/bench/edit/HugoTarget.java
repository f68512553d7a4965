package dev.hireguide.bench.edit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code hugo server} on the corpus's Hugo twin ({@code DIR/hugo}), in its default fast render
 * mode, with {@code --renderToDisk} so that its pages reach the disk where they can be watched.
 * Fast render re-renders only pages a browser has visited, so each page is requested once
 * before it is edited, as the page an editor has open.
 */
final class HugoTarget implements EditTarget {

    private static final Pattern TOTAL = Pattern.compile("Total in ([0-9.]+) ms");
    private static final Duration START_LIMIT = Duration.ofMinutes(10);

    private final Path source;
    private final Path out;
    private final int port;
    private final Process process;
    private final BlockingQueue<Double> rebuilds = new LinkedBlockingQueue<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    HugoTarget(Path corpus, Consumer<String> log) throws IOException, InterruptedException {
        this.source = corpus.resolve("hugo").toAbsolutePath().normalize();
        this.out = Files.createTempDirectory("hireguide-bench-hugo-");
        this.port = freePort();
        process = new ProcessBuilder(List.of("hugo", "server", "--source", source.toString(), "--destination",
                out.toString(), "--renderToDisk", "--bind", "127.0.0.1", "--port", Integer.toString(port),
                "--baseURL", "http://127.0.0.1:" + port + "/"))
                .redirectErrorStream(true).start();
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = new Thread(() -> read(log, ready), "hugo-output");
        reader.setDaemon(true);
        reader.start();
        if (!ready.await(START_LIMIT.toMillis(), TimeUnit.MILLISECONDS) || !process.isAlive()) {
            close();
            throw new IOException("hugo server did not start serving " + source + "; see its output above");
        }
    }

    private void read(Consumer<String> log, CountDownLatch ready) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                log.accept("hugo: " + line);
                if (line.contains("Web Server is available")) {
                    ready.countDown();
                }
                Matcher m = TOTAL.matcher(line);
                if (m.find() && ready.getCount() == 0) {
                    rebuilds.add(Double.parseDouble(m.group(1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            ready.countDown();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public String tool() {
        return "hugo";
    }

    @Override
    public Path contentDir() {
        return source.resolve("content");
    }

    @Override
    public Path outputOf(String page) {
        return out.resolve(page.replaceFirst("\\.md$", "")).resolve("index.html");
    }

    @Override
    public void open(String page) throws IOException {
        URI uri = URI.create("http://127.0.0.1:" + port + "/" + page.replaceFirst("\\.md$", "") + "/");
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new IOException("hugo server answered " + response.statusCode() + " for " + uri);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @Override
    public void forgetRebuilds() {
        rebuilds.clear();
    }

    @Override
    public OptionalDouble nextRebuildMillis(Duration limit) throws InterruptedException {
        Double ms = rebuilds.poll(limit.toMillis(), TimeUnit.MILLISECONDS);
        return ms == null ? OptionalDouble.empty() : OptionalDouble.of(ms);
    }

    /** Hugo batches file events on a 500 ms tick. */
    @Override
    public Duration settle() {
        return Duration.ofMillis(700);
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
