package dev.hireguide.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.hireguide.diag.Diagnostic;
import dev.hireguide.diag.SourcePosition;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.Parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the Jackson tree from SnakeYAML's event stream, recording positions and refusing the
 * YAML features that front matter does not need. Working on events rather than on SnakeYAML's
 * composed nodes is what lets it see anchors, tags and document markers as the editor wrote them.
 */
final class TreeBuilder {

    /** Deep enough for any real front matter, shallow enough that nothing can exhaust the stack. */
    static final int MAX_DEPTH = 64;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Parser parser;
    private final FilePositions where;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, SourcePosition> positions = new HashMap<>();
    private final Map<String, SourcePosition> keyPositions = new HashMap<>();

    TreeBuilder(Parser parser, FilePositions where) {
        this.parser = parser;
        this.where = where;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /**
     * Reads the whole stream. Returns the document, or empty when the root is not a mapping or
     * the nesting is too deep. SnakeYAML's syntax errors propagate to the caller.
     */
    Optional<YamlDocument> build() {
        positions.put("", where.start());
        parser.getEvent(); // stream start
        if (parser.checkEvent(Event.ID.StreamEnd)) {
            return Optional.of(document(NODES.objectNode()));
        }
        parser.getEvent(); // document start: a leading "---" is fine, as in most site.yaml files
        JsonNode root;
        try {
            root = readNode(parser.getEvent(), "", 0, where.start());
        } catch (TooDeep e) {
            return Optional.empty();
        }
        positions.put("", where.start()); // the root stands for the whole YAML text, not its first key
        parser.getEvent(); // document end
        if (parser.checkEvent(Event.ID.DocumentStart)) {
            DocumentStartEvent second = (DocumentStartEvent) parser.getEvent();
            error(where.at(second.getStartMark()), "a second YAML document starts here",
                    "front matter is one YAML document: remove this '---' line and keep all keys in one mapping");
        }
        if (root.isNull()) {
            return Optional.of(document(NODES.objectNode()));
        }
        if (!root.isObject()) {
            error(where.start(), "front matter must be a mapping of keys to values",
                    "write one 'key: value' per line, such as 'title: Hiring a Rust engineer'");
            return Optional.empty();
        }
        return Optional.of(document((ObjectNode) root));
    }

    private YamlDocument document(ObjectNode root) {
        return new YamlDocument(where.file(), root, positions, keyPositions);
    }

    /**
     * Reads the node that {@code event} starts. {@code emptyAt} is where an empty value is
     * reported: the key's position reads better than the end of its line.
     */
    private JsonNode readNode(Event event, String pointer, int depth, SourcePosition emptyAt) {
        SourcePosition at = where.at(event.getStartMark());
        if (event instanceof AliasEvent alias) {
            error(at, "alias '*" + alias.getAnchor() + "' is not supported",
                    "write the value out in full instead of pointing to an anchor");
            positions.put(pointer, at);
            return NullNode.getInstance();
        }
        refuseProperties((NodeEvent) event, at);
        if (event instanceof ScalarEvent scalar) {
            positions.put(pointer, Scalars.isEmptyPlain(scalar) ? emptyAt : at);
            // A tagged scalar has been refused; its text is kept as the editor most likely meant it.
            return scalar.getTag() != null ? TextNode.valueOf(scalar.getValue()) : Scalars.resolve(scalar);
        }
        if (depth + 1 > MAX_DEPTH) {
            error(at, "front matter is nested more than " + MAX_DEPTH + " levels deep",
                    "flatten the structure; no guide needs this much nesting");
            throw new TooDeep();
        }
        positions.put(pointer, at);
        return event instanceof SequenceStartEvent
                ? readSequence(pointer, depth + 1)
                : readMapping(pointer, depth + 1);
    }

    private ArrayNode readSequence(String pointer, int depth) {
        ArrayNode array = NODES.arrayNode();
        while (!parser.checkEvent(Event.ID.SequenceEnd)) {
            Event item = parser.getEvent();
            String child = Pointers.child(pointer, Integer.toString(array.size()));
            array.add(readNode(item, child, depth, where.at(item.getStartMark())));
        }
        parser.getEvent();
        return array;
    }

    private ObjectNode readMapping(String pointer, int depth) {
        ObjectNode object = NODES.objectNode();
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            Event keyEvent = parser.getEvent();
            SourcePosition keyAt = where.at(keyEvent.getStartMark());
            String key = readKey(keyEvent, keyAt);
            Event valueEvent = parser.getEvent();
            if (key == null) {
                skip(valueEvent);
                continue;
            }
            String child = Pointers.child(pointer, key);
            if (object.has(key)) {
                error(keyAt, "duplicate key '" + key + "' (first defined on line " + keyPositions.get(child).line() + ")",
                        "keep one of the two; YAML does not allow a key twice in the same mapping");
                skip(valueEvent);
                continue;
            }
            keyPositions.put(child, keyAt);
            object.set(key, readNode(valueEvent, child, depth, keyAt));
        }
        parser.getEvent();
        return object;
    }

    /** The key's text, or null when the key is refused (its events are then consumed). */
    private String readKey(Event event, SourcePosition at) {
        if (event instanceof AliasEvent alias) {
            error(at, "alias '*" + alias.getAnchor() + "' is not supported",
                    "write the key out in full instead of pointing to an anchor");
            return null;
        }
        if (event instanceof CollectionStartEvent) {
            String kind = event instanceof SequenceStartEvent ? "a list" : "a mapping";
            error(at, "a key must be plain text, not " + kind,
                    "write a plain word before the ':', such as 'title:'");
            skip(event);
            return null;
        }
        ScalarEvent scalar = (ScalarEvent) event;
        refuseProperties(scalar, at);
        if (scalar.isPlain() && scalar.getValue().equals("<<")) {
            error(at, "merge key '<<' is not supported",
                    "write the merged keys out in full in this mapping");
            return null;
        }
        return scalar.getValue();
    }

    private void refuseProperties(NodeEvent event, SourcePosition at) {
        if (event.getAnchor() != null) {
            error(at, "anchor '&" + event.getAnchor() + "' is not supported",
                    "remove the anchor and write repeated values out in full");
        }
        String tag = event instanceof ScalarEvent s ? s.getTag()
                : event instanceof CollectionStartEvent c ? c.getTag() : null;
        if (tag != null) {
            error(at, "tag '" + shortTag(tag) + "' is not supported",
                    "remove the tag; to keep a value as text, put it in quotes");
        }
    }

    /** Consumes the rest of the node that {@code event} starts. */
    private void skip(Event event) {
        if (!(event instanceof CollectionStartEvent)) {
            return;
        }
        // Counted, not recursive, so a refused deep structure cannot exhaust the stack.
        int open = 1;
        while (open > 0) {
            Event next = parser.getEvent();
            if (next instanceof CollectionStartEvent) {
                open++;
            } else if (next instanceof CollectionEndEvent) {
                open--;
            }
        }
    }

    /** {@code tag:yaml.org,2002:str} as the editor wrote it, {@code !!str}. */
    private static String shortTag(String tag) {
        String core = "tag:yaml.org,2002:";
        return tag.startsWith(core) ? "!!" + tag.substring(core.length()) : tag;
    }

    private void error(SourcePosition at, String message, String hint) {
        diagnostics.add(Diagnostic.error(at, message, hint));
    }

    /** Stops the walk when nesting is too deep; the diagnostic is already recorded. */
    private static final class TooDeep extends RuntimeException {
        TooDeep() {
            super(null, null, false, false);
        }
    }
}
