package dev.hireguide.cli;

import dev.hireguide.build.BuildOptions;
import dev.hireguide.build.BuildResult;
import dev.hireguide.build.SiteBuilder;
import dev.hireguide.diag.DiagnosticFormatter;
import dev.hireguide.output.OutputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code hireguide check}: every step of a build except writing, reporting every problem. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks the site in DIR/content without writing anything, and reports every problem.")
public final class CheckCommand implements Callable<Integer> {

    /** Output formats of the report. */
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--root", paramLabel = "DIR", description = "The site's folder, which holds content/ (default: the current folder).")
    Path root = Path.of(".");

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    Format format = Format.text;

    @Option(names = "--drafts", description = "Check pages marked draft: true too.")
    boolean drafts;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildResult result;
        try {
            result = SiteBuilder.build(BuildOptions.of(root).checkOnly().withDrafts(drafts));
        } catch (OutputException e) {
            err.println("hireguide: error: " + e.getMessage());
            return ExitCodes.IO;
        }
        if (format == Format.json) {
            stdout.println(DiagnosticFormatter.json(result.diagnostics()));
        } else {
            BuildCommand.report(result, err, false);
            stdout.println("Checked " + result.pages() + " pages: "
                    + (result.diagnostics().isEmpty() ? "no problems" : DiagnosticFormatter.summary(result.diagnostics())));
        }
        return result.failed() ? ExitCodes.CONTENT : ExitCodes.OK;
    }
}
