package dev.hireguide.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.hireguide.diag.SourcePosition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads front matter written only in the forms editors use every day, without SnakeYAML:
 * {@code key: value} lines, nested mappings, lists of {@code - item} lines (of values or of
 * mappings), {@code [a, "b"]} lists and {@code {a: 1}} mappings on one line, values that
 * are plain, {@code "double"} or {@code 'single'} quoted text on one line, and simple blocks of
 * text after {@code >-} or {@code |}. SnakeYAML's scanner and parser cost about a tenth
 * of a build, most of it on such text.
 *
 * <p>The test for each form is strict: anything else (comments after a value, escapes, blocks
 * with blank or deeper lines among their lines, keys longer than YAML's limit, multi-line plain or quoted text, anchors, tags, nested brackets, tabs, unusual characters, duplicate keys,
 * anything YAML could read another way or would report) makes {@link #read} return null, and
 * the caller reads the text with SnakeYAML, which also reports what is wrong. What it returns
 * is the tree and the positions {@link TreeBuilder} builds for the same text; {@code
 * PlainYamlTest} compares the two on real pages and random documents.
 */
final class PlainYaml {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Below {@link TreeBuilder#MAX_DEPTH}, so that the depth error is always {@link TreeBuilder}'s to report. */
    private static final int MAX_DEPTH = TreeBuilder.MAX_DEPTH - 4;

    /** Thrown to give up: the text needs SnakeYAML. */
    private static final class NotPlain extends RuntimeException {
        NotPlain() {
            super(null, null, false, false);
        }
    }

    private static final NotPlain NOT_PLAIN = new NotPlain();

    /** Keys longer than this are left to SnakeYAML, which refuses simple keys over 1,024 characters. */
    private static final int MAX_KEY = 1000;

    /** One line that is not blank and not a comment. */
    private record Line(int number, int indent, String text) {
    }

    private final FilePositions where;
    private final List<Line> lines;
    /** For every line of the text, whether it is empty (no character at all). */
    private final boolean[] empty;
    private final boolean endsWithBreak;
    private final Map<String, SourcePosition> positions = new HashMap<>();
    private final Map<String, SourcePosition> keyPositions = new HashMap<>();
    private int next;

    private PlainYaml(FilePositions where, List<Line> lines, boolean[] empty, boolean endsWithBreak) {
        this.where = where;
        this.lines = lines;
        this.empty = empty;
        this.endsWithBreak = endsWithBreak;
    }

    /** The document, or null when the text is not in the plain forms (or is empty). */
    static YamlDocument read(String yaml, FilePositions where) {
        boolean[] empty = new boolean[lineCount(yaml)];
        List<Line> lines = lines(yaml, empty);
        if (lines == null || lines.isEmpty() || lines.get(0).indent() != 0) {
            return null;
        }
        PlainYaml reader = new PlainYaml(where, lines, empty, yaml.endsWith("\n"));
        try {
            ObjectNode root = reader.mapping(0, 0, "", 1);
            if (reader.next != lines.size()) {
                return null;
            }
            reader.positions.put("", where.start());
            return new YamlDocument(where.file(), root, reader.positions, reader.keyPositions);
        } catch (NotPlain e) {
            return null;
        }
    }

    /** How many lines the text has: one more than its line breaks. */
    private static int lineCount(String yaml) {
        int lines = 1;
        for (int at = yaml.indexOf('\n'); at >= 0; at = yaml.indexOf('\n', at + 1)) {
            lines++;
        }
        return lines;
    }

    /**
     * The lines that hold something other than a comment; null when a character, a document
     * marker or trailing spaces make the text one this reader leaves to SnakeYAML.
     */
    private static List<Line> lines(String yaml, boolean[] empty) {
        List<Line> lines = new ArrayList<>();
        int number = 0;
        int start = 0;
        while (start <= yaml.length()) {
            int end = yaml.indexOf('\n', start);
            if (end < 0) {
                end = yaml.length();
            }
            String text = yaml.substring(start, end);
            empty[number] = text.isEmpty();
            int indent = 0;
            while (indent < text.length() && text.charAt(indent) == ' ') {
                indent++;
            }
            for (int i = indent; i < text.length(); i++) {
                if (!isPlainChar(text.charAt(i))) {
                    return null;
                }
            }
            if (indent < text.length() && text.charAt(indent) != '#') {
                if (text.startsWith("---") || text.startsWith("...") || text.charAt(text.length() - 1) == ' ') {
                    return null;  // document markers; trailing spaces are left out to keep the forms few
                }
                lines.add(new Line(number, indent, text));
            }
            number++;
            start = end + 1;
        }
        return lines;
    }

    /** Printable, on one line, and not a tab (YAML counts indentation in spaces only). */
    private static boolean isPlainChar(char c) {
        return (c >= ' ' && c <= '~') || (c >= '\u00a0' && c < '\u2028') || (c > '\u2029' && c < '\ud800')
                || (c >= '\ue000' && c <= '\ufffd' && c != '\ufeff');
    }

    /**
     * The mapping whose first key stands at {@code column} of the next line; later keys start
     * lines indented by exactly {@code column}.
     */
    private ObjectNode mapping(int first, int column, String pointer, int depth) {
        if (depth > MAX_DEPTH) {
            throw NOT_PLAIN;
        }
        ObjectNode object = NODES.objectNode();
        int from = first;
        while (true) {
            Line line = lines.get(next);
            int colon = keyEnd(line.text(), from);
            if (colon < 0) {
                throw NOT_PLAIN;
            }
            String key = line.text().substring(from, colon);
            String child = Pointers.child(pointer, key);
            if (object.has(key)) {
                throw NOT_PLAIN;  // SnakeYAML's path reports the duplicate
            }
            SourcePosition keyAt = at(line, from);
            keyPositions.put(child, keyAt);
            next++;
            object.set(key, value(line, colon + 1, column, child, depth, keyAt));
            if (next == lines.size() || lines.get(next).indent() < column) {
                return object;
            }
            Line following = lines.get(next);
            if (following.indent() > column || isEntry(following.text(), column)) {
                throw NOT_PLAIN;  // a continued value, or a list at a place YAML reads its own way
            }
            from = column;
        }
    }

    /** The value after a key's colon at {@code after}; the key's line has been consumed. */
    private JsonNode value(Line line, int after, int column, String pointer, int depth, SourcePosition keyAt) {
        String text = line.text();
        if (after == text.length()) {
            if (next < lines.size()) {
                Line below = lines.get(next);
                if (below.indent() > column) {
                    return block(below, pointer, depth);
                }
                if (below.indent() == column && isEntry(below.text(), column)) {
                    return sequence(below.indent(), pointer, depth);  // "key:" then "- item" at the key's indent
                }
            }
            positions.put(pointer, keyAt);
            return NullNode.getInstance();
        }
        int start = after;  // a space, as the key's test made sure
        while (text.charAt(start) == ' ') {
            start++;  // the line has no trailing spaces, so a character follows
        }
        return inline(line, start, column, pointer);
    }

    /** A nested mapping or list that starts on {@code below}, indented under its key. */
    private JsonNode block(Line below, String pointer, int depth) {
        if (isEntry(below.text(), below.indent())) {
            return sequence(below.indent(), pointer, depth);
        }
        positions.put(pointer, at(below, below.indent()));
        return mapping(below.indent(), below.indent(), pointer, depth + 1);
    }

    /** The list of {@code - item} lines whose dashes stand at {@code column}. */
    private ArrayNode sequence(int column, String pointer, int depth) {
        if (depth + 1 > MAX_DEPTH) {
            throw NOT_PLAIN;
        }
        positions.put(pointer, at(lines.get(next), column));
        ArrayNode array = NODES.arrayNode();
        while (next < lines.size() && lines.get(next).indent() == column && isEntry(lines.get(next).text(), column)) {
            Line line = lines.get(next);
            String child = Pointers.child(pointer, Integer.toString(array.size()));
            int start = column + 1;
            while (start < line.text().length() && line.text().charAt(start) == ' ') {
                start++;
            }
            if (start == line.text().length()) {
                throw NOT_PLAIN;  // "-" alone: the item is below it
            }
            if (keyEnd(line.text(), start) >= 0) {
                positions.put(child, at(line, start));
                array.add(mapping(start, start, child, depth + 2));
            } else {
                next++;
                array.add(inline(line, start, column, child));
                if (next < lines.size() && lines.get(next).indent() > column) {
                    throw NOT_PLAIN;  // a continued item
                }
            }
        }
        if (next < lines.size() && lines.get(next).indent() > column) {
            throw NOT_PLAIN;
        }
        return array;
    }

    /**
     * A value that starts at {@code start}: text that ends with the line, a list in brackets or a
     * mapping in braces, or a block of text on the lines below; {@code column} is its parent's indent.
     */
    private JsonNode inline(Line line, int start, int column, String pointer) {
        String text = line.text();
        char first = text.charAt(start);
        positions.put(pointer, at(line, start));
        if (first == '"' || first == '\'') {
            int close = text.indexOf(first, start + 1);
            if (close != text.length() - 1 || (first == '"' && text.indexOf('\\', start) >= 0)) {
                throw NOT_PLAIN;  // escapes, a doubled quote, or text after the closing quote
            }
            return TextNode.valueOf(text.substring(start + 1, close));
        }
        if (first == '[') {
            return flowSequence(line, start, pointer);
        }
        if (first == '{') {
            return flowMapping(line, start, pointer);
        }
        if (first == '|' || first == '>') {
            return blockScalar(line, start, column);
        }
        if (!startsPlain(text, start) || text.contains(" #") || text.indexOf(": ", start) >= 0 || text.endsWith(":")) {
            throw NOT_PLAIN;
        }
        return Scalars.resolve(text.substring(start), true);
    }

    /**
     * Text in a block ({@code |}, {@code |-}, {@code >} or {@code >-}) whose lines all stand at one
     * indent, deeper than {@code column}, with no blank line among them: kept as lines, or folded
     * into one, with the last line break kept or not. Other blocks, whose blank and deeper lines
     * YAML treats in its own ways, are left to SnakeYAML.
     */
    private JsonNode blockScalar(Line header, int start, int column) {
        String style = header.text().substring(start);
        if (!style.equals("|") && !style.equals("|-") && !style.equals(">") && !style.equals(">-")) {
            throw NOT_PLAIN;
        }
        if (next == lines.size() || lines.get(next).number() != header.number() + 1 || lines.get(next).indent() <= column) {
            throw NOT_PLAIN;
        }
        int indent = lines.get(next).indent();
        StringBuilder text = new StringBuilder();
        Line last = header;
        while (next < lines.size() && lines.get(next).number() == last.number() + 1 && lines.get(next).indent() >= indent) {
            last = lines.get(next);
            if (last.indent() != indent) {
                throw NOT_PLAIN;
            }
            if (text.length() > 0) {
                text.append(style.charAt(0) == '|' ? '\n' : ' ');
            }
            text.append(last.text(), indent, last.text().length());
            next++;
        }
        int following = next < lines.size() ? lines.get(next).number() : empty.length;
        for (int n = last.number() + 1; n < following; n++) {
            if (!empty[n]) {
                throw NOT_PLAIN;  // a comment or spaces after the text, which YAML may read as part of it
            }
        }
        if (next < lines.size() && lines.get(next).indent() >= indent) {
            throw NOT_PLAIN;  // a blank line inside the text
        }
        if (style.length() == 1) {
            if (last.number() == empty.length - 1 && !endsWithBreak) {
                throw NOT_PLAIN;
            }
            text.append('\n');
        }
        return TextNode.valueOf(text.toString());
    }

    /** {@code {a: 1, b: "x"}} on one line: plain keys, plain or quoted values. */
    private ObjectNode flowMapping(Line line, int open, String pointer) {
        String text = line.text();
        ObjectNode object = NODES.objectNode();
        int i = skipSpaces(text, open + 1);
        if (i < text.length() && text.charAt(i) == '}') {
            return closed(object, text, i);
        }
        while (true) {
            int colon = keyEnd(text, i);
            if (colon < 0 || colon + 1 >= text.length()) {
                throw NOT_PLAIN;
            }
            String key = text.substring(i, colon);
            String child = Pointers.child(pointer, key);
            if (object.has(key)) {
                throw NOT_PLAIN;
            }
            keyPositions.put(child, at(line, i));
            int value = skipSpaces(text, colon + 1);  // a character follows: lines end in one
            positions.put(child, at(line, value));
            int end = flowScalar(text, value, object, key);
            i = skipSpaces(text, end);
            if (i >= text.length()) {
                throw NOT_PLAIN;
            }
            if (text.charAt(i) == '}') {
                return closed(object, text, i);
            }
            if (text.charAt(i) != ',') {
                throw NOT_PLAIN;
            }
            i = skipSpaces(text, i + 1);
            if (i >= text.length() || text.charAt(i) == '}') {
                throw NOT_PLAIN;  // a trailing comma
            }
        }
    }

    /**
     * Reads the quoted or plain text at {@code start} inside brackets or braces into {@code into}
     * (under {@code key}, or appended when key is null); returns the index after it.
     */
    private static int flowScalar(String text, int start, JsonNode into, String key) {
        char quote = text.charAt(start);
        JsonNode node;
        int end;
        if (quote == '"' || quote == '\'') {
            int close = text.indexOf(quote, start + 1);
            if (close < 0 || (quote == '"' && text.substring(start, close).indexOf('\\') >= 0)) {
                throw NOT_PLAIN;
            }
            node = TextNode.valueOf(text.substring(start + 1, close));
            end = close + 1;
        } else {
            if (!Character.isLetterOrDigit(quote)) {
                throw NOT_PLAIN;
            }
            end = start;
            while (end < text.length() && isFlowPlainChar(text.charAt(end))) {
                end++;
            }
            node = Scalars.resolve(text.substring(start, end).stripTrailing(), true);
        }
        if (key == null) {
            ((ArrayNode) into).add(node);
        } else {
            ((ObjectNode) into).set(key, node);
        }
        return end;
    }

    /** {@code [a, "b", 'c']} on one line, of plain or quoted text. */
    private ArrayNode flowSequence(Line line, int open, String pointer) {
        String text = line.text();
        ArrayNode array = NODES.arrayNode();
        int i = skipSpaces(text, open + 1);
        if (i < text.length() && text.charAt(i) == ']') {
            return closed(array, text, i);
        }
        while (true) {
            if (i >= text.length()) {
                throw NOT_PLAIN;
            }
            String child = Pointers.child(pointer, Integer.toString(array.size()));
            positions.put(child, at(line, i));
            int end = flowScalar(text, i, array, null);
            i = skipSpaces(text, end);
            if (i >= text.length()) {
                throw NOT_PLAIN;
            }
            if (text.charAt(i) == ']') {
                return closed(array, text, i);
            }
            if (text.charAt(i) != ',') {
                throw NOT_PLAIN;
            }
            i = skipSpaces(text, i + 1);
            if (i < text.length() && text.charAt(i) == ']') {
                throw NOT_PLAIN;  // a trailing comma
            }
        }
    }

    /** The list or mapping, when its closing bracket ends the line. */
    private static <T extends JsonNode> T closed(T node, String text, int bracket) {
        if (bracket != text.length() - 1) {
            throw NOT_PLAIN;
        }
        return node;
    }

    /**
     * Where a plain key that starts at {@code from} ends: the index of its colon, which a space
     * or the end of the line follows; -1 when the text there is not such a key. SnakeYAML reads
     * a key only within {@value #MAX_KEY} characters of its colon; longer ones are left to it.
     */
    private static int keyEnd(String text, int from) {
        int i = from;
        if (i >= text.length() || !isKeyChar(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == '.'
                || text.charAt(i) == '/') {
            return -1;
        }
        while (i < text.length() && isKeyChar(text.charAt(i))) {
            i++;
        }
        if (i - from > MAX_KEY) {
            return -1;
        }
        if (i == text.length() || text.charAt(i) != ':' || (i + 1 < text.length() && text.charAt(i + 1) != ' ')) {
            return -1;
        }
        return i;
    }

    private static boolean isKeyChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
                || c == '/' || c == '.';
    }

    /** A list item's dash at {@code column}: "- " or a dash that ends the line. */
    private static boolean isEntry(String text, int column) {
        return text.length() > column && text.charAt(column) == '-'
                && (text.length() == column + 1 || text.charAt(column + 1) == ' ');
    }

    /** A first character that starts plain text in every YAML reading: a letter, a digit, or one of a few signs. */
    private static boolean startsPlain(String text, int start) {
        char c = text.charAt(start);
        if (Character.isLetterOrDigit(c) || c == '(' || c == '/' || c == '.' || c == '$' || c == '_' || c == '~' || c == '+') {
            return true;
        }
        return c == '-' && start + 1 < text.length() && text.charAt(start + 1) != ' ' && text.charAt(start + 1) != '-';
    }

    private static boolean isFlowPlainChar(char c) {
        return Character.isLetterOrDigit(c) || c == ' ' || c == '_' || c == '-' || c == '.' || c == '/' || c == '+';
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private SourcePosition at(Line line, int column) {
        return SourcePosition.of(where.file(), where.firstLine() + line.number(), column + 1);
    }
}
