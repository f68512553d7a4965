package dev.hireguide.serve;

import dev.hireguide.build.BuildCache;
import dev.hireguide.build.BuildOptions;
import dev.hireguide.build.BuildProgress;
import dev.hireguide.build.BuildResult;
import dev.hireguide.build.RebuildStats;
import dev.hireguide.build.SiteBuilder;
import dev.hireguide.config.SiteConfig;
import dev.hireguide.config.SiteConfigLoader;
import dev.hireguide.diag.DiagnosticFormatter;
import dev.hireguide.output.OutputException;
import dev.hireguide.yaml.YamlBinder;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs the dev server's builds, one at a time, with one {@link BuildCache}, and passes each
 * outcome on: to open pages through {@link LiveReload}, to the terminal through the reporter.
 * A failed build changes nothing in the served folder, so the last good site stays served.
 */
final class Rebuilds {

    private static final String SITE_YAML = "content/site.yaml";

    private final BuildOptions options;
    private final BuildCache cache;
    private final LiveReload live;
    private final DevServer.Reporter reporter;
    private final BuildProgress progress;
    private volatile boolean built;
    private volatile String basePath = "/";
    private int count;
    /** One build at a time: the watcher's, or the first one. */
    private final ReentrantLock lock = new ReentrantLock();

    Rebuilds(BuildOptions options, BuildCache cache, LiveReload live, DevServer.Reporter reporter,
             BuildProgress progress) {
        this.options = options;
        this.cache = cache;
        this.live = live;
        this.reporter = reporter;
        this.progress = progress;
    }

    /** Builds after {@code changes} (paths under the site's folder; none for the first build). */
    void run(Set<String> changes) {
        lock.lock();
        try {
            build(changes);
        } finally {
            lock.unlock();
        }
    }

    private void build(Set<String> changes) {
        long start = System.nanoTime();
        BuildResult result;
        try {
            result = SiteBuilder.rebuild(options, cache, progress, changes);
        } catch (OutputException e) {
            reporter.problem(e.getMessage() + "\n  hint: " + e.hint());
            live.failed(List.of(DevServer.problem(e.getMessage(), e.hint())));
            return;
        } catch (RuntimeException e) {
            // A file vanishing mid-scan, or a bug: report it and keep serving and watching.
            cache.forgetRendered();
            String hint = "save the file again; if this repeats, it is a bug in hireguide: please report it";
            reporter.problem("the build stopped: " + e + "\n  hint: " + hint);
            live.failed(List.of(DevServer.problem("the build stopped: " + e, hint)));
            return;
        }
        double ms = (System.nanoTime() - start) / 1e6;
        if (changes.isEmpty() || changes.contains("*") || changes.contains("content/")
                || changes.contains(SITE_YAML)) {
            readBasePath();  // before the pages are told to reload, which may be under a new path
        }
        String when = count++ == 0 ? "" : " after " + describe(changes);
        // The terminal first, then the pages: what the browser shows is already explained there.
        if (result.failed()) {
            reporter.rebuilt(String.format(Locale.ROOT, "Build failed in %s%s: %s. %s", time(ms), when,
                    DiagnosticFormatter.summary(result.diagnostics()), built
                            ? "Still serving the last good site; the browser shows the errors."
                            : "Nothing to serve until it builds; the browser shows the errors."), result);
            live.failed(result.diagnostics());
            return;
        }
        built = true;
        RebuildStats stats = cache.lastStats().orElseThrow();
        String rendered = stats.allRendered() ? "rendered all " + stats.pages() + " pages"
                : "rendered " + stats.rendered() + " of " + stats.pages() + " pages";
        reporter.rebuilt(String.format(Locale.ROOT, "%s in %s%s: parsed %d of %d files, %s, wrote %d %s%s.",
                count == 1 ? "Built" : "Rebuilt", time(ms), when, stats.parsed(), stats.files(), rendered,
                stats.written(), stats.written() == 1 ? "file" : "files",
                stats.deleted() == 0 ? "" : ", deleted " + stats.deleted()), result);
        live.succeeded(stats.written() + stats.deleted() > 0);
    }

    /** Waits for a build that is running to finish, at most {@code limit}. */
    void awaitIdle(Duration limit) throws InterruptedException {
        if (lock.tryLock(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            lock.unlock();
        }
    }

    /** Whether a good build has been written, so that there is a site to serve. */
    boolean built() {
        return built;
    }

    /** The path the site is served under, from site.yaml's base_url: {@code /} or {@code /hiring/}. */
    String basePath() {
        return basePath;
    }

    DevServer.Reporter reporter() {
        return reporter;
    }

    /** Follows site.yaml's base_url; a site.yaml that does not load keeps the path it had. */
    private void readBasePath() {
        try {
            String text = Files.readString(options.root().resolve(SITE_YAML));
            Optional<SiteConfig> config = new SiteConfigLoader(new YamlBinder()).load(text).config();
            config.ifPresent(c -> basePath = options.baseUrl().map(c::withBaseUrl).orElse(c).basePath());
        } catch (IOException | RuntimeException e) {
            // Keep the last base path: the build reports what is wrong with the file.
        }
    }

    private static String describe(Set<String> changes) {
        List<String> named = changes.stream().filter(c -> !c.equals("*")).toList();
        if (named.isEmpty()) {
            return "changes";
        }
        String first = named.size() <= 3 ? String.join(", ", named)
                : String.join(", ", named.subList(0, 2)) + " and " + (named.size() - 2) + " more";
        return (named.size() == 1 ? "a change to " : "changes to ") + first;
    }

    private static String time(double ms) {
        return ms < 1000 ? String.format(Locale.ROOT, "%.0f ms", ms) : String.format(Locale.ROOT, "%.2f s", ms / 1000);
    }
}
