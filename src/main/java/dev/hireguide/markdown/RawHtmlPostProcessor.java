package dev.hireguide.markdown;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Replaces every raw HTML node with a {@link SafeHtmlBlock} or {@link SafeHtmlInline} holding its
 * cleaned HTML. The raw nodes of one parent are cleaned in order with one stack of open elements;
 * whatever is still open at the end is closed by a last node appended to that parent, so content
 * never leaves an element open for the rest of the page.
 */
final class RawHtmlPostProcessor extends DocumentPostProcessor {

    private final RawHtmlCleaner cleaner;

    private RawHtmlPostProcessor(Document document) {
        this.cleaner = new RawHtmlCleaner(LinkPolicyExtension.BASE_PATH.get(document),
                NestingLimitExtension.MAX_DEPTH.get(document), DocumentDiagnostics.of(document), DocumentLinks.of(document));
    }

    @Override
    public Document processDocument(Document document) {
        Map<Node, List<Node>> rawByParent = new LinkedHashMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                rawByParent.computeIfAbsent(node.getParent(), parent -> new ArrayList<>()).add(node);
            }
        }
        rawByParent.forEach(this::cleanChildren);
        return document;
    }

    private void cleanChildren(Node parent, List<Node> rawChildren) {
        List<Node> remaining = rawChildren.get(0) instanceof HtmlInlineBase ? withoutInlineScripts(rawChildren) : rawChildren;
        Deque<String> open = new ArrayDeque<>();
        for (Node raw : remaining) {
            String html = cleaner.clean(source(raw), open);
            Node safe = raw instanceof HtmlBlockBase ? new SafeHtmlBlock(raw.getChars(), html)
                    : new SafeHtmlInline(raw.getChars(), html);
            raw.insertBefore(safe);
            raw.unlink();
        }
        if (!open.isEmpty()) {
            BasedSequence end = parent.getChars().getEmptySuffix();
            String closing = RawHtmlCleaner.closeAll(open);
            parent.appendChild(remaining.get(0) instanceof HtmlBlockBase ? new SafeHtmlBlock(end, closing)
                    : new SafeHtmlInline(end, closing));
        }
    }

    /**
     * Inline {@code <script>…</script>} on one line is three nodes or more; what lies between
     * the tags is Markdown to Flexmark but code to a browser, so it goes with them.
     */
    private static List<Node> withoutInlineScripts(List<Node> rawChildren) {
        List<Node> remaining = new ArrayList<>();
        for (int i = 0; i < rawChildren.size(); i++) {
            Node raw = rawChildren.get(i);
            remaining.add(raw);
            Optional<String> dropped = singleTag(raw, RawHtmlTokenizer.Kind.START_TAG).filter(RawHtmlPolicy::dropsContent);
            if (dropped.isEmpty()) {
                continue;
            }
            for (int j = i + 1; j < rawChildren.size(); j++) {
                Node close = rawChildren.get(j);
                if (singleTag(close, RawHtmlTokenizer.Kind.END_TAG).filter(dropped.get()::equals).isPresent()) {
                    while (raw.getNext() != close) {
                        raw.getNext().unlink();
                    }
                    close.unlink();
                    i = j;
                    break;
                }
            }
        }
        return remaining;
    }

    /** The name of the tag an inline node consists of, if it is one tag of the given kind. */
    private static Optional<String> singleTag(Node raw, RawHtmlTokenizer.Kind kind) {
        List<RawHtmlTokenizer.Token> tokens = RawHtmlTokenizer.tokenize(raw.getChars().toString());
        return tokens.size() == 1 && tokens.get(0).kind() == kind ? Optional.of(tokens.get(0).name()) : Optional.empty();
    }

    /** The HTML as written, without block quote or list prefixes (offsets still map to the source). */
    private static BasedSequence source(Node raw) {
        return raw instanceof HtmlBlockBase block ? block.getContentChars() : raw.getChars();
    }

    /** Registers the processor; it sees the whole document because open elements span siblings. */
    static final class Factory extends DocumentPostProcessorFactory {

        @Override
        public DocumentPostProcessor apply(Document document) {
            return new RawHtmlPostProcessor(document);
        }
    }
}
