package dev.hireguide.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;

/** Loose task items with several blocks; every other task item goes to Flexmark's own renderer. */
final class TaskListItemNodeRenderer implements NodeRenderer {

    private final ListOptions listOptions;
    private final String looseItemClass;
    private final String doneMarker;
    private final String notDoneMarker;

    private TaskListItemNodeRenderer(DataHolder options) {
        listOptions = ListOptions.get(options);
        looseItemClass = TaskListExtension.LOOSE_ITEM_CLASS.get(options);
        doneMarker = TaskListExtension.ITEM_DONE_MARKER.get(options);
        notDoneMarker = TaskListExtension.ITEM_NOT_DONE_MARKER.get(options);
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(TaskListItem.class, this::render));
    }

    private void render(TaskListItem item, NodeRendererContext context, HtmlWriter html) {
        if (listOptions.isTightListItem(item) || !(item.getFirstChild() instanceof Paragraph first)
                || first.getNext() == null) {
            context.delegateRender();
            return;
        }
        if (!looseItemClass.isEmpty()) {
            html.attr("class", looseItemClass);
        }
        html.withAttr(CoreNodeRenderer.LOOSE_LIST_ITEM).tagIndent("li", () -> {
            html.withAttr().tagLine("p", () -> {
                html.raw(item.isItemDoneMarker() ? doneMarker : notDoneMarker);
                context.renderChildren(first);
            });
            for (Node block = first.getNext(); block != null; block = block.getNext()) {
                context.render(block);
            }
        });
    }

    /** Makes one renderer per document. */
    static final class Factory implements NodeRendererFactory {

        @Override
        public NodeRenderer apply(DataHolder options) {
            return new TaskListItemNodeRenderer(options);
        }
    }
}
