package dev.hireguide.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Stops a parse whose tree nests deeper than {@link #MAX_DEPTH}, by throwing
 * {@link NestingTooDeepException} from the first post-processor. Flexmark recurses over the tree
 * when it renders, and some extensions (autolinks) walk up to the root from every text node, so
 * without a limit absurd nesting costs a stack overflow or minutes of work; no real page nests
 * anywhere near the limit. Register this extension before the others so its check runs first.
 */
public final class NestingLimitExtension implements Parser.ParserExtension {

    /** The deepest a node may sit below the document; lists count two levels each. */
    public static final DataKey<Integer> MAX_DEPTH = new DataKey<>("HIREGUIDE_MAX_DEPTH", 100);

    private NestingLimitExtension() {
    }

    public static NestingLimitExtension create() {
        return new NestingLimitExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new NestingLimitPostProcessor.Factory());
    }
}
