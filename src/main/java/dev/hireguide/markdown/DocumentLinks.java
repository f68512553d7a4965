package dev.hireguide.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataKey;

import java.util.ArrayList;
import java.util.List;

/**
 * The links rendered in one document, by character offset; {@link MarkdownRenderer} turns the
 * offsets into positions once the document is done, as for {@link DocumentDiagnostics}.
 */
final class DocumentLinks {

    /** Stored on each {@link Document}; the supplier gives every document its own list. */
    static final DataKey<DocumentLinks> KEY = new DataKey<>("HIREGUIDE_DOCUMENT_LINKS", DocumentLinks::new);

    record Pending(SourceLink.Kind kind, String url, int offset) {
    }

    private final List<Pending> pending = new ArrayList<>();

    static DocumentLinks of(Document document) {
        return KEY.get(document);
    }

    void add(SourceLink.Kind kind, String url, int offset) {
        pending.add(new Pending(kind, url, offset));
    }

    /** The links in document order (raw HTML's are recorded while parsing, the others while rendering). */
    List<SourceLink> toLinks(String file, int firstLine, LineMap lines) {
        List<SourceLink> links = new ArrayList<>(pending.size());
        for (Pending p : pending.stream().sorted(java.util.Comparator.comparingInt(Pending::offset)).toList()) {
            links.add(new SourceLink(p.kind(), p.url(), DocumentDiagnostics.position(file, firstLine, lines, p.offset())));
        }
        return links;
    }
}
