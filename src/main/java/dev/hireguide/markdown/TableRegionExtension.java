package dev.hireguide.markdown;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Wraps every table in {@code <div class="table-scroll" role="region" tabindex="0"
 * aria-label="Table: …">}, so that a table wider than a phone scrolls inside a box that
 * keyboard users can reach and screen readers can name, even without JavaScript. Register it
 * after the tables extension: its renderer takes the table and delegates the table itself.
 */
public final class TableRegionExtension implements HtmlRenderer.HtmlRendererExtension {

    private TableRegionExtension() {
    }

    public static TableRegionExtension create() {
        return new TableRegionExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(new Renderer.Factory());
    }

    /** Writes the wrapper and lets the tables extension write the table. */
    static final class Renderer implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(TableBlock.class, this::render));
        }

        private void render(TableBlock table, NodeRendererContext context, HtmlWriter html) {
            html.line();
            html.attr("class", "table-scroll").attr("role", "region").attr("tabindex", "0")
                    .attr("aria-label", label(table)).withAttr().tag("div");
            html.line();
            context.delegateRender();
            html.line();
            html.closeTag("div");
            html.line();
        }

        /** "Table: Level, From, To": the header cells name the table. */
        static String label(TableBlock table) {
            List<String> heads = new ArrayList<>();
            Node head = table.getFirstChildAny(TableHead.class);
            if (head != null) {
                for (Node cell : head.getDescendants()) {
                    if (cell instanceof TableCell && heads.size() < 4) {
                        String text = PlainText.of(cell).strip();
                        if (!text.isEmpty()) {
                            heads.add(text);
                        }
                    }
                }
            }
            return heads.isEmpty() ? "Table" : "Table: " + String.join(", ", heads);
        }

        static final class Factory implements NodeRendererFactory {
            @Override
            public NodeRenderer apply(DataHolder options) {
                return new Renderer();
            }
        }
    }
}
