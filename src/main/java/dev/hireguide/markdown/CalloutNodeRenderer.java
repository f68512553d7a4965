package dev.hireguide.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;

/**
 * Renders a {@link Callout} as
 * {@code <aside class="callout callout-note" role="note"><p class="callout-title">Note</p>…</aside>}.
 */
final class CalloutNodeRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Callout.class, this::render));
    }

    private void render(Callout callout, NodeRendererContext context, HtmlWriter html) {
        html.attr("class", "callout " + callout.type().cssClass())
                .attr("role", "note")
                .withAttr()
                .tagLineIndent("aside", () -> {
                    html.attr("class", "callout-title").withAttr().tagLine("p", () -> html.text(callout.type().title()));
                    context.renderChildren(callout);
                });
    }

    /** Makes the renderer; it keeps no state, but Flexmark asks for one per document. */
    static final class Factory implements NodeRendererFactory {

        @Override
        public NodeRenderer apply(DataHolder options) {
            return new CalloutNodeRenderer();
        }
    }
}
