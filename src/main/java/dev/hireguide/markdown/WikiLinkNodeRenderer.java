package dev.hireguide.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;

import java.util.Set;

/**
 * Renders a {@link WikiLink} as a link to the page the build's {@link PageLinks} resolves it to,
 * with the page's title as text unless the link gives its own. The {@code href} is a site path
 * and goes through the link policy like any other link, which adds the base path and records
 * where the link was written. An unknown page is an error at the link.
 */
final class WikiLinkNodeRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(WikiLink.class, this::render));
    }

    private void render(WikiLink link, NodeRendererContext context, HtmlWriter html) {
        if (link.reference().isEmpty()) {
            if (link.anchor().isEmpty()) {
                html.text(link.getChars().toString());
                return;
            }
            write(link, "#" + link.anchor(), link.anchor(), context, html);
            return;
        }
        LinkTarget target = WikiLinkExtension.PAGE_LINKS.get(context.getDocument()).wiki(link.reference());
        if (!target.isFound()) {
            DocumentDiagnostics.of(context.getDocument()).error(link.getStartOffset(),
                    "wiki link `" + link.getChars() + "`: " + target.problem(), target.hint());
            if (link.hasText()) {
                context.renderChildren(link);
            } else {
                html.text(link.reference());
            }
            return;
        }
        String href = target.path() + (link.anchor().isEmpty() ? "" : "#" + link.anchor());
        write(link, href, target.title(), context, html);
    }

    private static void write(WikiLink link, String href, String title, NodeRendererContext context, HtmlWriter html) {
        // withAttr(): the link policy's attribute provider adds the base path and records the link.
        html.attr("href", href).withAttr().tag("a");
        if (link.hasText()) {
            context.renderChildren(link);
        } else {
            html.text(title);
        }
        html.tag("/a");
    }

    /** Makes one renderer per document. */
    static final class Factory implements NodeRendererFactory {

        @Override
        public NodeRenderer apply(DataHolder options) {
            return new WikiLinkNodeRenderer();
        }
    }
}
