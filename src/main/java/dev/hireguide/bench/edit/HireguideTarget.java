package dev.hireguide.bench.edit;

import dev.hireguide.build.BuildOptions;
import dev.hireguide.build.BuildProgress;
import dev.hireguide.build.BuildResult;
import dev.hireguide.build.StageTime;
import dev.hireguide.serve.DevServer;
import dev.hireguide.serve.ServeOptions;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * hireguide's dev server, run in this process exactly as {@code serve} runs it (the same watcher,
 * rebuilds and HTTP server), on a free port of 127.0.0.1, building into its own temporary folder.
 */
final class HireguideTarget implements EditTarget {

    /** One rebuild as the server reported it. */
    record Rebuild(String line, double millis, List<StageTime> stages) {
    }

    private static final Pattern LINE_TIME = Pattern.compile(" in ([0-9.]+) (ms|s)\\b");

    private final Path root;
    private final DevServer server;
    private final BlockingQueue<Rebuild> rebuilds = new LinkedBlockingQueue<>();
    private final List<Rebuild> seen = new ArrayList<>();

    HireguideTarget(Path root, Consumer<String> log) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        BuildOptions build = BuildOptions.of(this.root);
        server = DevServer.open(new ServeOptions(build, InetAddress.getLoopbackAddress(), 0), new DevServer.Reporter() {
            @Override
            public void rebuilt(String line, BuildResult result) {
                log.accept("hireguide: " + line);
                rebuilds.add(new Rebuild(line, lineMillis(line), result.stages()));
            }

            @Override
            public void problem(String message) {
                log.accept("hireguide: error: " + message);
            }
        }, BuildProgress.NONE);
        server.start();
        Rebuild first = rebuilds.poll();
        if (first == null || first.line().startsWith("Build failed")) {
            server.close();
            throw new IOException("the first build of " + root + " failed; run `hireguide check --root " + root + "`");
        }
    }

    /** The time a build's line states: "Rebuilt in 48 ms after …" or "Built in 2.31 s: …". */
    static double lineMillis(String line) {
        Matcher m = LINE_TIME.matcher(line);
        if (!m.find()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(m.group(1));
        return m.group(2).equals("s") ? value * 1000 : value;
    }

    @Override
    public String tool() {
        return "hireguide";
    }

    @Override
    public Path contentDir() {
        return root.resolve("content");
    }

    @Override
    public Path outputOf(String source) {
        return server.siteDir().resolve(source.replaceFirst("\\.md$", "")).resolve("index.html");
    }

    @Override
    public void forgetRebuilds() {
        rebuilds.clear();
    }

    @Override
    public OptionalDouble nextRebuildMillis(Duration limit) throws InterruptedException {
        Rebuild rebuild = rebuilds.poll(limit.toMillis(), TimeUnit.MILLISECONDS);
        if (rebuild == null) {
            return OptionalDouble.empty();
        }
        seen.add(rebuild);
        return OptionalDouble.of(rebuild.millis());
    }

    /** The rebuilds whose time {@link #nextRebuildMillis} returned, in order. */
    List<Rebuild> rebuilds() {
        return List.copyOf(seen);
    }

    @Override
    public Duration settle() {
        return Duration.ofMillis(300);
    }

    @Override
    public void close() {
        server.close();
    }
}
