package dev.hireguide.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.hireguide.diag.Suggestions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns {@code > [!NOTE]} block quotes into {@link Callout} nodes. The marker must be alone on the
 * quote's first line, as on GitHub. A marker of an unknown type leaves the quote as it is, with a
 * warning, since it is most likely a typo.
 */
final class CalloutPostProcessor extends NodePostProcessor {

    private static final Pattern MARKER = Pattern.compile("[ \\t]*\\[!([A-Za-z]+)][ \\t]*\\R?");

    @Override
    public void process(NodeTracker state, Node node) {
        BlockQuote quote = (BlockQuote) node;
        if (!(quote.getFirstChild() instanceof Paragraph paragraph)) {
            return;
        }
        BasedSequence firstLine = paragraph.getLineChars(0);
        Matcher marker = MARKER.matcher(firstLine);
        if (!marker.matches()) {
            return;
        }
        String name = marker.group(1);
        CalloutType type = CalloutType.fromMarker(name).orElse(null);
        if (type == null) {
            String suggestion = Suggestions.closest(name, CalloutType.NAMES)
                    .map(known -> "did you mean `" + known + "`? ").orElse("");
            DocumentDiagnostics.of(quote.getDocument()).warning(
                    firstLine.getIndexOffset(marker.start(1) - 2),
                    "unknown callout type `" + name + "`",
                    suggestion + "known types: " + String.join(", ", CalloutType.NAMES));
            return;
        }
        removeMarkerLine(state, paragraph, firstLine.getEndOffset());
        Callout callout = new Callout(quote.getChars(), type);
        callout.takeChildren(quote);
        quote.insertBefore(callout);
        quote.unlink();
        state.nodeRemoved(quote);
        state.nodeAdded(callout);
    }

    /** Drops the inline nodes of the marker line (and its line break); an emptied paragraph goes too. */
    private static void removeMarkerLine(NodeTracker state, Paragraph paragraph, int lineEnd) {
        Node child = paragraph.getFirstChild();
        while (child != null && child.getStartOffset() < lineEnd) {
            Node next = child.getNext();
            child.unlink();
            state.nodeRemoved(child);
            child = next;
        }
        if (!paragraph.hasChildren()) {
            paragraph.unlink();
            state.nodeRemoved(paragraph);
        }
    }

    /** Registers the processor for block quotes. */
    static final class Factory extends NodePostProcessorFactory {

        Factory() {
            super(false);
            addNodes(BlockQuote.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new CalloutPostProcessor();
        }
    }
}
