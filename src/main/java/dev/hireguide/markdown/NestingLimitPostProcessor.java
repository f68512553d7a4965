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
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;

/**
 * Measures how deep each text node and nesting container sits, counting at most to the limit so
 * the check stays linear, and throws {@link NestingTooDeepException} at the first one too deep.
 */
final class NestingLimitPostProcessor extends NodePostProcessor {

    private final int maxDepth;

    private NestingLimitPostProcessor(int maxDepth) {
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

    /** Registers the check for text, the leaves every deep chain ends in, and the nesting containers. */
    static final class Factory extends NodePostProcessorFactory {

        Factory() {
            super(false);
            addNodes(Text.class, BlockQuote.class, BulletListItem.class, OrderedListItem.class,
                    TaskListItem.class, Emphasis.class, StrongEmphasis.class, Link.class, Image.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new NestingLimitPostProcessor(NestingLimitExtension.MAX_DEPTH.get(document));
        }
    }
}
