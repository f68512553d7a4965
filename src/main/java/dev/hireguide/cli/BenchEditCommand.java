package dev.hireguide.cli;

import dev.hireguide.bench.edit.EditBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code hireguide bench-edit}, for {@code bench/run --incremental}: serves a {@code bench-corpus}
 * site as {@code serve} does, edits one page at a time and times each save to the new page on disk.
 */
@Command(name = "bench-edit", hidden = true, mixinStandardHelpOptions = true,
        description = {"Serves the bench-corpus site in DIR as `serve` does, appends a sentence to one page at a time "
                + "and times each save until the page's output file holds it; with --hugo, does the same with "
                + "`hugo server --renderToDisk` on DIR/hugo. Edited files get their bytes back at the end."})
public final class BenchEditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--root", required = true, paramLabel = "DIR", description = "A folder written by bench-corpus.")
    Path root;

    @Option(names = "--edits", paramLabel = "N", description = "Timed edits per tool (default: 20).")
    int edits = 20;

    @Option(names = "--warmup", paramLabel = "N", description = "Untimed edits before them (default: 3).")
    int warmup = 3;

    @Option(names = "--hugo", description = "Also time hugo server on DIR/hugo.")
    boolean hugo;

    @Option(names = "--runs", paramLabel = "FILE", description = "Append every edit's figures to this TSV file.")
    Path runs;

    @Option(names = "--verbose", description = "Print each edit and each of the servers' lines on stderr.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (edits < 1 || warmup < 0) {
            err.println("hireguide: error: --edits must be at least 1 and --warmup at least 0");
            return ExitCodes.USAGE;
        }
        if (!Files.isDirectory(root.resolve("content"))) {
            err.println("hireguide: error: " + root + " has no content/ folder");
            err.println("  hint: write a corpus first with `hireguide bench-corpus --pages 1000 --out " + root + "`");
            return ExitCodes.USAGE;
        }
        EditBenchmark bench = new EditBenchmark(edits, warmup, line -> {
            if (verbose) {
                err.println(line);
                err.flush();
            }
        });
        try {
            List<EditBenchmark.Result> results = new ArrayList<>();
            results.add(bench.hireguide(root));
            if (hugo) {
                results.add(bench.hugo(root));
            }
            for (EditBenchmark.Result result : results) {
                out.println(summary(result));
                if (runs != null) {
                    appendRuns(result);
                }
            }
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("hireguide: error: " + e.getMessage());
            return ExitCodes.IO;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.IO;
        }
    }

    private String summary(EditBenchmark.Result result) {
        List<EditBenchmark.Edit> timed = result.edits().stream().filter(e -> !e.warmup()).toList();
        List<Double> disk = timed.stream().map(EditBenchmark.Edit::saveToDiskMillis).toList();
        List<Double> rebuild = timed.stream().map(EditBenchmark.Edit::rebuildMillis).filter(d -> !d.isNaN()).toList();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "%-9s  %3d edits  save to disk: median %7.1f ms  p90 %7.1f ms  max %7.1f ms   "
                        + "own rebuild time: median %6.1f ms  p90 %6.1f ms",
                timed.get(0).tool(), timed.size(), EditBenchmark.median(disk), EditBenchmark.percentile(disk, 0.9),
                EditBenchmark.percentile(disk, 1.0), EditBenchmark.median(rebuild),
                EditBenchmark.percentile(rebuild, 0.9)));
        if (!result.stageMedians().isEmpty()) {
            line.append(String.format(Locale.ROOT, "%n%-9s  stages (median ms):", ""));
            result.stageMedians().forEach((stage, ms) -> line.append(String.format(Locale.ROOT, " %s %.1f", stage, ms)));
        }
        return line.toString();
    }

    private void appendRuns(EditBenchmark.Result result) throws IOException {
        StringBuilder rows = new StringBuilder();
        if (!Files.exists(runs)) {
            rows.append("tool\tedit\twarmup\tpage\tsave_to_disk_ms\trebuild_ms\n");
        }
        for (EditBenchmark.Edit e : result.edits()) {
            rows.append(String.format(Locale.ROOT, "%s\t%d\t%b\t%s\t%.2f\t%.1f%n", e.tool(), e.number(), e.warmup(),
                    e.page(), e.saveToDiskMillis(), e.rebuildMillis()));
        }
        Files.writeString(runs, rows, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
