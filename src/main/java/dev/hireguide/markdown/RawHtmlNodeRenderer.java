package dev.hireguide.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.HtmlInnerBlock;
import com.vladsch.flexmark.ast.HtmlInnerBlockComment;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;

/**
 * Writes cleaned HTML, and nothing at all for Flexmark's own raw HTML nodes: those are all
 * replaced while parsing, and if one ever slipped through, dropping it is the safe failure.
 */
final class RawHtmlNodeRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(SafeHtmlBlock.class, this::renderBlock),
                new NodeRenderingHandler<>(SafeHtmlInline.class, this::renderInline),
                new NodeRenderingHandler<>(HtmlBlock.class, RawHtmlNodeRenderer::renderNothing),
                new NodeRenderingHandler<>(HtmlCommentBlock.class, RawHtmlNodeRenderer::renderNothing),
                new NodeRenderingHandler<>(HtmlInnerBlock.class, RawHtmlNodeRenderer::renderNothing),
                new NodeRenderingHandler<>(HtmlInnerBlockComment.class, RawHtmlNodeRenderer::renderNothing),
                new NodeRenderingHandler<>(HtmlInline.class, RawHtmlNodeRenderer::renderNothing),
                new NodeRenderingHandler<>(HtmlInlineComment.class, RawHtmlNodeRenderer::renderNothing));
    }

    private void renderBlock(SafeHtmlBlock block, NodeRendererContext context, HtmlWriter html) {
        if (!block.html().isBlank()) {
            html.line();
            html.rawPre(normalizeLineEnds(block.html()));
            html.line();
        }
    }

    private void renderInline(SafeHtmlInline inline, NodeRendererContext context, HtmlWriter html) {
        html.rawPre(normalizeLineEnds(inline.html()));
    }

    private static void renderNothing(Node node, NodeRendererContext context, HtmlWriter html) {
    }

    private static String normalizeLineEnds(String html) {
        return html.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Makes the renderer; it keeps no state. */
    static final class Factory implements NodeRendererFactory {

        @Override
        public NodeRenderer apply(DataHolder options) {
            return new RawHtmlNodeRenderer();
        }
    }
}
