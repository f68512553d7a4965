package dev.hireguide.cli;

import dev.hireguide.build.BuildOptions;
import dev.hireguide.build.BuildResult;
import dev.hireguide.build.SiteBuilder;
import dev.hireguide.build.StageTime;
import dev.hireguide.config.BaseUrl;
import dev.hireguide.content.Audience;
import dev.hireguide.diag.Diagnostic;
import dev.hireguide.diag.DiagnosticFormatter;
import dev.hireguide.output.OutputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code hireguide build}: builds the site into the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site in DIR/content into DIR/site (or --out).")
public final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--root", paramLabel = "DIR", description = "The site's folder, which holds content/ (default: the current folder).")
    Path root = Path.of(".");

    @Option(names = "--out", paramLabel = "DIR", description = "The output folder (default: DIR/site).")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL", description = "The URL the site is published at, instead of site.yaml's base_url.")
    String baseUrl;

    @Option(names = "--drafts", description = "Include pages marked draft: true.")
    boolean drafts;

    @Option(names = "--audience", paramLabel = "AUDIENCE",
            description = "public (leave out everything internal) or internal (include all, marked); default: site.yaml's audience.")
    Audience audience;

    @Option(names = "--search-records", paramLabel = "FILE",
            description = "Also write every search record to FILE as NDJSON, for Meilisearch, Typesense or Algolia.")
    Path searchRecords;

    @Option(names = "--quiet", description = "Print only errors and the summary line.")
    boolean quiet;

    @Option(names = "--timings", description = "After the summary, print the time each stage of the build took.")
    boolean timings;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Optional<String> base = Optional.empty();
        if (baseUrl != null) {
            base = BaseUrl.normalise(baseUrl);
            if (base.isEmpty()) {
                err.println("hireguide: error: --base-url `" + baseUrl + "` is not an absolute http(s) URL");
                err.println("  hint: write it like https://intranet.example.com/hiring/");
                return ExitCodes.USAGE;
            }
        }
        Path output = out != null ? out : root.resolve("site");
        BuildOptions options = BuildOptions.of(root).withOut(output).withDrafts(drafts);
        if (base.isPresent()) {
            options = options.withBaseUrl(base.get());
        }
        if (audience != null) {
            options = options.withAudience(audience);
        }
        if (searchRecords != null) {
            options = options.withSearchRecords(searchRecords);
        }
        long start = System.nanoTime();
        BuildResult result;
        try {
            result = SiteBuilder.build(options, ProgressLine.forConsole(err, quiet));
        } catch (OutputException e) {
            err.println("hireguide: error: " + e.getMessage());
            err.println("  hint: " + e.hint());
            return e.isRefused() ? ExitCodes.USAGE : ExitCodes.IO;
        }
        report(result, err, quiet);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (result.failed()) {
            err.println("Build failed: " + DiagnosticFormatter.summary(result.diagnostics())
                    + ". The previous site in " + output + " was left as it was.");
            return ExitCodes.CONTENT;
        }
        stdout.println(String.format(Locale.ROOT, "Built %d pages (%d files) into %s in %.2f s. Open %s",
                result.pages(), result.filesWritten(), output, seconds, output.resolve("index.html")));
        if (timings) {
            printTimings(result, stdout);
        }
        return ExitCodes.OK;
    }

    /** One line per stage: {@code stage parse 120.4 ms 31.2%}, for people and for the benchmark. */
    static void printTimings(BuildResult result, PrintWriter out) {
        double total = result.stages().stream().mapToDouble(s -> s.time().toNanos()).sum();
        for (StageTime stage : result.stages()) {
            double ms = stage.time().toNanos() / 1e6;
            out.println(String.format(Locale.ROOT, "stage %-9s %9.1f ms %5.1f%%", stage.stage(), ms,
                    total == 0 ? 0 : 100 * stage.time().toNanos() / total));
        }
    }

    /** Prints the diagnostics to stderr: all of them, or only the errors when quiet. */
    static void report(BuildResult result, PrintWriter err, boolean quiet) {
        for (Diagnostic d : result.diagnostics()) {
            if (d.isError() || !quiet) {
                err.println(DiagnosticFormatter.text(d));
            }
        }
    }
}
