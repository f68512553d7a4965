package dev.hireguide.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
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
        Target target = target(link, context.getDocument());
        if (target.href() != null) {
            // withAttr(): the link policy's attribute provider adds the base path and records the link.
            html.attr("href", target.href()).withAttr().tag("a");
        }
        if (target.text() == null) {
            context.renderChildren(link);
        } else {
            html.text(target.text());
        }
        if (target.href() != null) {
            html.tag("/a");
        }
    }

    /**
     * What a wiki link renders as: a link to {@code href}, or no link if null, around {@code text},
     * or around the link's own text if null. Shared with {@link DirectHtmlRenderer}.
     */
    record Target(String href, String text) {
    }

    /** Resolves a wiki link; an unknown page is an error at the link, which keeps its text. */
    static Target target(WikiLink link, Document document) {
        if (link.reference().isEmpty()) {
            if (link.anchor().isEmpty()) {
                return new Target(null, link.getChars().toString());
            }
            return new Target("#" + link.anchor(), link.hasText() ? null : link.anchor());
        }
        LinkTarget target = WikiLinkExtension.PAGE_LINKS.get(document).wiki(link.reference());
        if (!target.isFound()) {
            DocumentDiagnostics.of(document).error(link.getStartOffset(),
                    "wiki link `" + link.getChars() + "`: " + target.problem(), target.hint());
            return new Target(null, link.hasText() ? null : link.reference());
        }
        String href = target.path() + (link.anchor().isEmpty() ? "" : "#" + link.anchor());
        return new Target(href, link.hasText() ? null : target.title());
    }

    /** Makes one renderer per document. */
    static final class Factory implements NodeRendererFactory {

        @Override
        public NodeRenderer apply(DataHolder options) {
            return new WikiLinkNodeRenderer();
        }
    }
}
