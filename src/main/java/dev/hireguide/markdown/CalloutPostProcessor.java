package dev.hireguide.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.hireguide.diag.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns {@code > [!NOTE]} block quotes into {@link Callout} nodes. The marker must be alone on the
 * quote's first line, as on GitHub. A marker of an unknown type leaves the quote as it is, with a
 * warning, since it is most likely a typo. A document pass rather than one per block quote: with
 * no node post-processor, Flexmark does not classify every node of every page.
 */
final class CalloutPostProcessor extends DocumentPostProcessor {

    private static final Pattern MARKER = Pattern.compile("[ \\t]*\\[!([A-Za-z]+)][ \\t]*\\R?");

    @Override
    public Document processDocument(Document document) {
        // The quotes first, in document order, since turning one into a callout moves its children.
        List<BlockQuote> quotes = new ArrayList<>();
        for (Node node : BlockNodes.of(document)) {
            // Block quotes as Flexmark makes them, not nodes of a kind derived from them.
            if (node.getClass() == BlockQuote.class) {
                quotes.add((BlockQuote) node);
            }
        }
        quotes.forEach(CalloutPostProcessor::process);
        return document;
    }

    private static void process(BlockQuote quote) {
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
        removeMarkerLine(paragraph, firstLine.getEndOffset());
        Callout callout = new Callout(quote.getChars(), type);
        callout.takeChildren(quote);
        quote.insertBefore(callout);
        quote.unlink();
    }

    /** Drops the inline nodes of the marker line (and its line break); an emptied paragraph goes too. */
    private static void removeMarkerLine(Paragraph paragraph, int lineEnd) {
        Node child = paragraph.getFirstChild();
        while (child != null && child.getStartOffset() < lineEnd) {
            Node next = child.getNext();
            child.unlink();
            child = next;
        }
        if (!paragraph.hasChildren()) {
            paragraph.unlink();
        }
    }

    /** Registers the processor for the whole document. */
    static final class Factory extends DocumentPostProcessorFactory {

        @Override
        public DocumentPostProcessor apply(Document document) {
            return new CalloutPostProcessor();
        }
    }
}
