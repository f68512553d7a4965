package dev.hireguide.build;

import dev.hireguide.diag.Diagnostic;

import java.util.List;

/**
 * The outcome of a build.
 *
 * @param diagnostics  every problem found, sorted by file and line
 * @param pages        pages rendered
 * @param filesWritten files written to the output (0 when nothing was written)
 * @param stages       time per stage, in pipeline order
 */
public record BuildResult(List<Diagnostic> diagnostics, int pages, int filesWritten, List<StageTime> stages) {

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
        stages = List.copyOf(stages);
    }

    public boolean failed() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
