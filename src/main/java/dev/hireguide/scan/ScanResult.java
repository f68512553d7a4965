package dev.hireguide.scan;

import dev.hireguide.diag.Diagnostic;

import java.util.List;

/** What a scan found, each list sorted by path so builds do not depend on the file system's order. */
public record ScanResult(List<SourceFile> pages, List<SourceFile> assets, List<Diagnostic> diagnostics) {

    public ScanResult {
        pages = List.copyOf(pages);
        assets = List.copyOf(assets);
        diagnostics = List.copyOf(diagnostics);
    }
}
