package dev.hireguide.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Stops a parse whose tree nests deeper than {@link #MAX_DEPTH}, by throwing
 * {@link NestingTooDeepException} from the first post-processor. Flexmark recurses over the tree
 * when it renders, and some extensions (autolinks) walk up to the root from every text node, so
 * without a limit absurd nesting costs a stack overflow or minutes of work; no real page nests
 * anywhere near the limit. Register this extension before the others so its check runs first;
 * in a parser with node post-processors (autolinks), create it with {@link #perNode()}.
 */
public final class NestingLimitExtension implements Parser.ParserExtension {

    /** The deepest a node may sit below the document; lists count two levels each. */
    public static final DataKey<Integer> MAX_DEPTH = new DataKey<>("HIREGUIDE_MAX_DEPTH", 100);

    private final boolean perNode;

    private NestingLimitExtension(boolean perNode) {
        this.perNode = perNode;
    }

    /** The check as one pass over the document, which runs before the other document passes. */
    public static NestingLimitExtension create() {
        return new NestingLimitExtension(false);
    }

    /** The check node by node, which runs before the other node passes (Flexmark runs those first). */
    public static NestingLimitExtension perNode() {
        return new NestingLimitExtension(true);
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(perNode ? new NestingLimitPostProcessor.PerNode.Factory() : new NestingLimitPostProcessor.Factory());
    }
}
