package dev.hireguide.build;

import dev.hireguide.diag.Diagnostic;
import dev.hireguide.diag.SourcePosition;

import java.util.concurrent.TimeoutException;

/** Diagnostics for work on one file that timed out or failed unexpectedly, so the rest of the build goes on. */
final class Failures {

    private Failures() {
    }

    static Diagnostic of(String file, Throwable error) {
        if (error instanceof TimeoutException) {
            return Diagnostic.error(SourcePosition.of(file, 1, 1), "the page took too long to process",
                    "look for very deep nesting or long runs of Markdown markers in this file");
        }
        if (error instanceof StackOverflowError) {
            return Diagnostic.error(SourcePosition.of(file, 1, 1), "the page is nested too deeply to process",
                    "reduce nested lists, quotes or brackets in this file");
        }
        String what = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return Diagnostic.error(SourcePosition.of(file, 1, 1), "internal error while processing the page: " + what,
                "this is a bug in hireguide; please report it with this file");
    }
}
