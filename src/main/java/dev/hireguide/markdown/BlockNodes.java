package dev.hireguide.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The nodes of a document that blocks can hold, in document order, without the inline nodes
 * inside paragraphs, headings, tables and code: those are most of a page's nodes, and the passes
 * that look for headings or block quotes walked every one of them.
 */
final class BlockNodes {

    private BlockNodes() {
    }

    /** {@code root}'s descendants in document order, not looking inside nodes that hold no blocks. */
    static List<Node> of(Node root) {
        List<Node> nodes = new ArrayList<>();
        // A stack, not recursion: block quotes may nest thousands deep before the depth check refuses them.
        ArrayDeque<Node> pending = new ArrayDeque<>();
        pushChildren(root, pending);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            nodes.add(node);
            if (holdsBlocks(node)) {
                pushChildren(node, pending);
            }
        }
        return nodes;
    }

    private static boolean holdsBlocks(Node node) {
        return !(node instanceof Paragraph || node instanceof Heading || node instanceof TableBlock
                || node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock || node instanceof HtmlBlockBase);
    }

    private static void pushChildren(Node parent, ArrayDeque<Node> pending) {
        for (Node child = parent.getLastChild(); child != null; child = child.getPrevious()) {
            pending.push(child);
        }
    }
}
