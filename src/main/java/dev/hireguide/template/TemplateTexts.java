package dev.hireguide.template;

import io.pebbletemplates.pebble.extension.AbstractNodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.node.TextNode;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text between the tags of the engine's templates, as strings. Pebble keeps each piece as a
 * {@code char[]} and writes it with {@link java.io.Writer#write(char[])}; appending a char array
 * to a builder of Latin-1 text checks it one character at a time (and the JIT's quick tier does
 * not make that fast), while a string of the same text is copied whole. Pieces are registered as
 * Pebble compiles each template, by the array itself: an array that is not a template's text is
 * never looked up to a string, so a writer handed some other buffer writes what it holds.
 */
final class TemplateTexts implements NodeVisitorFactory {

    /** Keyed by the array: arrays compare and hash by identity, and a text node's never changes. */
    private final Map<char[], String> texts = new ConcurrentHashMap<>();

    /** The template text held in exactly {@code chars}, or null when {@code chars} is no template's text. */
    String of(char[] chars) {
        return texts.get(chars);
    }

    /** How many pieces of text are kept (for tests). */
    int size() {
        return texts.size();
    }

    @Override
    public NodeVisitor createVisitor(PebbleTemplate template) {
        return new AbstractNodeVisitor((PebbleTemplateImpl) template) {
            @Override
            public void visit(TextNode node) {
                char[] data = node.getData();
                texts.putIfAbsent(data, new String(data));
            }
        };
    }
}
