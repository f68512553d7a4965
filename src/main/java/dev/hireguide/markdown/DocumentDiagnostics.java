package dev.hireguide.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataKey;
import dev.hireguide.diag.Diagnostic;
import dev.hireguide.diag.Severity;
import dev.hireguide.diag.SourcePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems the extensions find in one document, by character offset. The extensions do not
 * know the file or where the body starts in it; {@link MarkdownRenderer} turns offsets into
 * positions once the document is done.
 */
final class DocumentDiagnostics {

    /** Stored on each {@link Document}; the supplier gives every document its own collector. */
    static final DataKey<DocumentDiagnostics> KEY =
            new DataKey<>("HIREGUIDE_DOCUMENT_DIAGNOSTICS", DocumentDiagnostics::new);

    private record Pending(Severity severity, int offset, String message, String hint) {
    }

    /** More than this many problems in one page is one problem repeated; the rest are counted, not listed. */
    static final int MAX_LISTED = 100;

    private final List<Pending> pending = new ArrayList<>();

    static DocumentDiagnostics of(Document document) {
        return KEY.get(document);
    }

    void error(int offset, String message, String hint) {
        pending.add(new Pending(Severity.ERROR, offset, message, hint));
    }

    void warning(int offset, String message, String hint) {
        pending.add(new Pending(Severity.WARNING, offset, message, hint));
    }

    /**
     * The diagnostics in source order, with {@code firstLine} the file line of the text's first
     * line. Past {@link #MAX_LISTED}, one last diagnostic counts the rest; it is an error if any
     * of them is.
     */
    List<Diagnostic> toDiagnostics(String file, int firstLine, LineMap lines) {
        List<Pending> sorted = pending.stream().sorted(Comparator.comparingInt(Pending::offset)).toList();
        List<Diagnostic> out = new ArrayList<>();
        for (Pending p : sorted.subList(0, Math.min(MAX_LISTED, sorted.size()))) {
            out.add(new Diagnostic(p.severity(), position(file, firstLine, lines, p.offset()), p.message(), p.hint()));
        }
        if (sorted.size() > MAX_LISTED) {
            List<Pending> rest = sorted.subList(MAX_LISTED, sorted.size());
            Severity severity = rest.stream().anyMatch(p -> p.severity() == Severity.ERROR) ? Severity.ERROR : Severity.WARNING;
            out.add(new Diagnostic(severity, position(file, firstLine, lines, rest.get(0).offset()),
                    rest.size() + " more problems in this file are not listed", "fix the ones above and build again"));
        }
        return out;
    }

    static SourcePosition position(String file, int firstLine, LineMap lines, int offset) {
        return SourcePosition.of(file, firstLine + lines.line(offset), lines.column(offset));
    }
}
