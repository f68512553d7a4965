package dev.hireguide.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Renders a loose task item with more than one block as GitHub does: the checkbox and first
 * paragraph in a {@code <p>}, the other blocks after it. Flexmark 0.64 wraps every block of the
 * item in that one {@code <p>}, which nests paragraphs and lists inside a paragraph. Register it
 * after Flexmark's task list extension, so that its renderer takes precedence.
 */
public final class TaskListItemExtension implements HtmlRenderer.HtmlRendererExtension {

    private TaskListItemExtension() {
    }

    public static TaskListItemExtension create() {
        return new TaskListItemExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(new TaskListItemNodeRenderer.Factory());
    }
}
