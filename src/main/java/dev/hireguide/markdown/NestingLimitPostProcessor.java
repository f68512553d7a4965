package dev.hireguide.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import java.util.Set;

/**
 * Measures how deep each text node and nesting container sits and throws
 * {@link NestingTooDeepException} at the first one too deep, in document order. One walk over the
 * whole document, in a loop rather than by recursion, since the tree it checks may be deeper than
 * the stack. A document pass rather than one per node: with no node post-processor left, Flexmark
 * does not classify every node of every page. A parser with autolinks, whose pass is per node,
 * checks node by node instead ({@link PerNode}), since Flexmark runs document passes after all
 * node passes and the autolink pass walks up from every text node.
 */
final class NestingLimitPostProcessor extends DocumentPostProcessor {

    /** The nodes the limit applies to: text, the leaves every deep chain ends in, and the nesting containers. */
    private static final Set<Class<?>> CHECKED = Set.of(Text.class, BlockQuote.class, BulletListItem.class,
            OrderedListItem.class, TaskListItem.class, Emphasis.class, StrongEmphasis.class, Link.class, Image.class);

    private final int maxDepth;

    private NestingLimitPostProcessor(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    @Override
    public Document processDocument(Document document) {
        // The depth of a node is the number of its ancestors, the document included.
        int depth = 1;
        Node node = document.getFirstChild();
        while (node != null) {
            if (depth > maxDepth && CHECKED.contains(node.getClass())) {
                throw new NestingTooDeepException(node.getStartOffset());
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != document && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == document ? null : node.getNext();
        }
        return document;
    }

    /** Registers the check for the whole document. */
    static final class Factory extends DocumentPostProcessorFactory {

        @Override
        public DocumentPostProcessor apply(Document document) {
            return new NestingLimitPostProcessor(NestingLimitExtension.MAX_DEPTH.get(document));
        }
    }

    /** The same check node by node: each checked node's ancestors, counted at most to the limit. */
    static final class PerNode extends NodePostProcessor {

        private final int maxDepth;

        private PerNode(int maxDepth) {
            this.maxDepth = maxDepth;
        }

        @Override
        public void process(NodeTracker state, Node node) {
            int depth = 0;
            for (Node up = node.getParent(); up != null; up = up.getParent()) {
                if (++depth > maxDepth) {
                    throw new NestingTooDeepException(node.getStartOffset());
                }
            }
        }

        /** Registers the check for the checked nodes. */
        static final class Factory extends NodePostProcessorFactory {

            Factory() {
                super(false);
                addNodes(CHECKED.toArray(new Class<?>[0]));
            }

            @Override
            public NodePostProcessor apply(Document document) {
                return new PerNode(NestingLimitExtension.MAX_DEPTH.get(document));
            }
        }
    }
}
