package dev.hireguide.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the diagnostics of one build. Stages add to it and go on, so that a build reports
 * every problem at once. Safe to add to from several threads; {@link #sorted()} gives a
 * deterministic order whatever the order of adding.
 */
public final class Diagnostics {

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.position().file())
            .thenComparingInt(d -> d.position().line())
            .thenComparingInt(d -> d.position().column())
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public synchronized void addAll(Collection<Diagnostic> diagnostics) {
        items.addAll(diagnostics);
    }

    public void error(SourcePosition position, String message, String hint) {
        add(Diagnostic.error(position, message, hint));
    }

    public void warning(SourcePosition position, String message, String hint) {
        add(Diagnostic.warning(position, message, hint));
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized long errorCount() {
        return items.stream().filter(Diagnostic::isError).count();
    }

    public synchronized long warningCount() {
        return items.size() - errorCount();
    }

    /** Every diagnostic so far, ordered by file, line, column. Duplicates are dropped. */
    public synchronized List<Diagnostic> sorted() {
        return items.stream().distinct().sorted(ORDER).toList();
    }
}
