package dev.hireguide.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Flexmark's autolink extension, with its pass run only on text that can hold a link. The pass
 * runs a link extractor over every piece of text of a page that may hold one anywhere; a web
 * address needs a {@code :}, an e-mail address an {@code @}, and a bare one {@code www.}, and
 * most pieces of a page have none of them.
 */
final class QuickAutolinkExtension implements Parser.ParserExtension {

    private QuickAutolinkExtension() {
    }

    static QuickAutolinkExtension create() {
        return new QuickAutolinkExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /** Whether the pass could find a link in this text node; false only when it certainly cannot. */
    static boolean mayHoldLink(Node text) {
        // The pass reads on into an entity or typographic text that continues the text.
        Node next = text.getNext();
        if (next instanceof HtmlEntity || next instanceof TypographicText) {
            return true;
        }
        String string = InterruptibleText.stringOf(text.getChars());
        if (string.indexOf(':') >= 0 || string.indexOf('@') >= 0) {
            return true;
        }
        for (int dot = string.indexOf('.'); dot >= 0; dot = string.indexOf('.', dot + 1)) {
            if (dot >= 3 && string.regionMatches(true, dot - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    private static final class Factory extends NodePostProcessorFactory {

        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            AutolinkNodePostProcessor autolinks = new AutolinkNodePostProcessor(document);
            return new NodePostProcessor() {
                @Override
                public void process(NodeTracker state, Node node) {
                    if (mayHoldLink(node)) {
                        autolinks.process(state, node);
                    }
                }
            };
        }
    }
}
