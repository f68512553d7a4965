package dev.hireguide.cli;

import dev.hireguide.bench.CorpusGenerator;
import dev.hireguide.bench.CorpusSummary;
import dev.hireguide.bench.CorpusWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code hireguide bench-corpus}: writes a synthetic hiring site, and its Hugo twin, for benchmarks. */
@Command(name = "bench-corpus", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic hiring site of N pages into DIR/content, and the same pages for Hugo "
                + "into DIR/hugo, for benchmarks. The same N and seed always give the same files."})
public final class BenchCorpusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--pages", required = true, paramLabel = "N",
            description = "Pages in all, as `build` counts them: the home page, 7 section pages and the content pages.")
    int pages;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "A new or empty folder to write into.")
    Path out;

    @Option(names = "--seed", paramLabel = "S", description = "The seed of the text (default: 1).")
    long seed = 1;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (pages < CorpusGenerator.MIN_PAGES || pages > CorpusGenerator.MAX_PAGES) {
            err.println("hireguide: error: --pages must be from " + CorpusGenerator.MIN_PAGES + " to "
                    + CorpusGenerator.MAX_PAGES + ", not " + pages);
            err.println("  hint: a corpus needs the home page, a page per section and a few pages of each type;"
                    + " try --pages 1000");
            return ExitCodes.USAGE;
        }
        try {
            if (isNonEmptyFolder(out) || Files.isRegularFile(out)) {
                err.println("hireguide: error: " + out + " is not an empty folder");
                err.println("  hint: name a new folder; bench-corpus never deletes or overwrites files");
                return ExitCodes.USAGE;
            }
            long start = System.nanoTime();
            CorpusSummary summary = CorpusWriter.write(out, pages, seed);
            report(summary, (System.nanoTime() - start) / 1e9);
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("hireguide: error: cannot write the corpus into " + out + ": " + e.getMessage());
            err.println("  hint: check the folder's permissions and the free disk space");
            return ExitCodes.IO;
        }
    }

    private void report(CorpusSummary summary, double seconds) {
        PrintWriter stdout = spec.commandLine().getOut();
        String counts = summary.counts().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        stdout.println(String.format(Locale.ROOT, "Wrote %d pages (%s; %.1f MB of Markdown) into %s and %s in %.1f s.",
                summary.sitePages(), counts, summary.markdownBytes() / 1e6, out.resolve("content"),
                out.resolve("hugo"), seconds));
        if (!summary.placeholders().isEmpty()) {
            stdout.println("Note: the built-in theme has no " + String.join(", ", summary.placeholders())
                    + "; placeholders that render those pages as plain pages are in "
                    + out.resolve("themes/default/templates") + ".");
        }
    }

    private static boolean isNonEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        }
    }
}
