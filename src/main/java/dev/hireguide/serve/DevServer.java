package dev.hireguide.serve;

import com.sun.net.httpserver.HttpServer;
import dev.hireguide.build.BuildCache;
import dev.hireguide.build.BuildOptions;
import dev.hireguide.build.BuildProgress;
import dev.hireguide.build.BuildResult;
import dev.hireguide.diag.Diagnostic;
import dev.hireguide.diag.SourcePosition;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The dev server: builds the site into a folder of its own (under the system's temporary
 * folder, deleted on close), serves it over HTTP, watches the sources, rebuilds on change one
 * build at a time with the work of earlier builds reused, and tells open pages to reload, or
 * to show the errors of a failed build over the last good site.
 */
public final class DevServer implements AutoCloseable {

    /** How long closing waits for a build that is running before deleting its folder anyway. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(3);

    private final ServeOptions options;
    private final Path tempDir;
    private final HttpServer server;
    private final SiteWatcher watcher;
    private final LiveReload live = new LiveReload();
    private final Rebuilds rebuilds;
    private final ExecutorService executor;
    private Thread loop;
    private volatile boolean closed;

    private DevServer(ServeOptions options, Reporter reporter, BuildProgress progress) throws IOException {
        this.options = options;
        this.tempDir = Files.createTempDirectory("hireguide-serve-");
        HttpServer http = null;
        SiteWatcher files = null;
        try {
            BuildOptions build = options.build().withOut(siteDir());
            http = HttpServer.create(new InetSocketAddress(options.bind(), options.port()), 64);
            files = new SiteWatcher(build.root());
            this.rebuilds = new Rebuilds(build, new BuildCache(), live, reporter, progress);
        } catch (IOException | RuntimeException e) {
            if (http != null) {
                http.stop(0);
            }
            if (files != null) {
                files.close();
            }
            deleteTree(tempDir);
            throw e;
        }
        this.server = http;
        this.watcher = files;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "hireguide-serve-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", new SiteHandler(siteDir(), rebuilds::basePath,
                new HostCheck(options.bind(), port()), live, rebuilds::built));
    }

    /**
     * Makes the server's folder, listens on the port and watches the sources, but does not build
     * or answer yet: {@link #start()} does. Closing it deletes the folder.
     *
     * @throws IOException when the port cannot be listened on or the temporary folder cannot be made
     */
    public static DevServer open(ServeOptions options, Reporter reporter, BuildProgress progress) throws IOException {
        return new DevServer(options, reporter, progress);
    }

    /**
     * Builds the site, then answers requests and rebuilds on every change. Problems of the first
     * build are reported and shown in the browser; the server runs anyway.
     */
    public DevServer start() {
        rebuilds.run(Set.of());
        if (closed) {
            return this;
        }
        server.start();
        loop = new Thread(this::watchLoop, "hireguide-watch");
        loop.setDaemon(true);
        loop.start();
        return this;
    }

    /** The port listened on (the chosen one when the options asked for 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The site's address: {@code http://127.0.0.1:1313/hiring/}. */
    public URI url() {
        String host = options.bind().isAnyLocalAddress() ? "127.0.0.1"
                : options.bind() instanceof Inet6Address ? "[" + options.bind().getHostAddress() + "]"
                : options.bind().getHostAddress();
        return URI.create("http://" + host + ":" + port() + rebuilds.basePath());
    }

    /** The folder the site is built into and served from. */
    public Path siteDir() {
        return tempDir.resolve("site");
    }

    /** Stops watching and serving, and deletes the built site. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        live.close();
        server.stop(0);
        executor.shutdownNow();
        try {
            watcher.close();
        } catch (IOException e) {
            // Closing is best effort.
        }
        try {
            if (loop != null) {
                loop.join(CLOSE_WAIT.toMillis());
            }
            rebuilds.awaitIdle(CLOSE_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteTree(tempDir);
    }

    private void watchLoop() {
        try {
            while (!closed) {
                Optional<Set<String>> changes = watcher.next();
                if (changes.isEmpty() || closed) {
                    return;
                }
                rebuilds.run(changes.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (!closed) {
                rebuilds.reporter().problem("the file watcher stopped: " + e
                        + "; restart `hireguide serve` to see further changes");
            }
        }
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // Best effort: it is in the temporary folder.
        }
    }

    /** Where the dev server says what it does: one line per build, diagnostics, problems. */
    public interface Reporter {
        /** A build finished: {@code line} says what was rebuilt and how long it took. */
        void rebuilt(String line, BuildResult result);

        /** Something went wrong outside the content, such as the output folder. */
        void problem(String message);
    }

    /** A problem of the dev server itself (its output folder, an internal error), shown like a content error. */
    static Diagnostic problem(String message, String hint) {
        return Diagnostic.error(SourcePosition.of("hireguide serve"), message, hint);
    }
}
