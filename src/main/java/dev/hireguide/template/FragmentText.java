package dev.hireguide.template;

import dev.hireguide.markdown.HtmlText;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The job description's text read from the HTML the Markdown stage writes, without jsoup: the
 * same lines {@link JobDescription} makes from jsoup's tree, down to jsoup's whitespace rules for
 * {@code Element.text()}. jsoup's parser was 3% of a build's page work, and 300 of the 5,000 methods
 * the JIT compiled for a small site, for a fragment whose shape hireguide chose itself. It reads
 * only what jsoup would build as written: known tags, closed in order, with no text where a table
 * holds only rows, and nothing jsoup would move or close by itself (a block inside a paragraph, a
 * link in a link). For anything else {@link #of} answers null, and the caller asks jsoup.
 */
final class FragmentText {

    /** jsoup's block tags among those read here (its default tag set: {@code del} and {@code ins} are blocks). */
    private static final Set<String> BLOCK = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "br", "ul", "ol", "li",
            "pre", "div", "blockquote", "hr", "section", "aside", "figure", "figcaption", "del", "ins", "dl", "dt", "dd",
            "table", "thead", "tbody", "tfoot", "tr", "th", "td", "details", "article", "main", "header", "footer", "nav");
    /** jsoup's inline tags among those read here. */
    private static final Set<String> INLINE = Set.of("a", "em", "strong", "code", "span", "img", "input", "b", "i", "u",
            "s", "sub", "sup", "kbd", "mark", "abbr", "small", "cite", "q", "time", "var", "samp", "dfn", "wbr", "summary");
    private static final Set<String> VOID = Set.of("br", "hr", "img", "input", "wbr");
    /** Start tags that close an open paragraph in jsoup's tree builder. */
    private static final Set<String> CLOSES_P = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "pre",
            "div", "blockquote", "hr", "section", "aside", "figure", "figcaption", "dl", "dt", "dd", "table", "details",
            "article", "main", "header", "footer", "nav", "summary");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> TABLE_PARTS = Set.of("table", "thead", "tbody", "tfoot", "tr");

    /** A node of the fragment: an element or text. */
    private sealed interface Node permits Element, Text {
    }

    private record Text(String text) implements Node {
    }

    /** An element; a class, not a record, since a record's equals and toString would follow parent and children round. */
    private static final class Element implements Node {

        private final String name;
        private final List<Node> children = new ArrayList<>();
        private final Element parent;

        Element(String name, Element parent) {
            this.name = name;
            this.parent = parent;
        }

        String name() {
            return name;
        }

        List<Node> children() {
            return children;
        }

        Element parent() {
            return parent;
        }

        boolean isBlock() {
            return BLOCK.contains(name);
        }
    }

    private FragmentText() {
    }

    /** {@link JobDescription#plainText}'s lines before blank lines are squeezed, or null where jsoup must read it. */
    static String of(String html) {
        Element root = parse(html);
        if (root == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (Node node : root.children()) {
            append(node, out, "");
        }
        return out.toString();
    }

    private static void append(Node node, StringBuilder out, String indent) {
        if (node instanceof Text text) {
            // The line breaks Markdown leaves between blocks are not text.
            if (!isBlank(text.text())) {
                appendNormalised(out, text.text(), false, false);
            }
            return;
        }
        Element element = (Element) node;
        switch (element.name()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> out.append("\n").append(text(element)).append("\n\n");
            case "p" -> out.append(text(element)).append("\n\n");
            case "ul", "ol" -> {
                int n = 1;
                for (Node child : element.children()) {
                    if (child instanceof Element item) {
                        out.append(indent).append(element.name().equals("ol") ? (n++) + ". " : "- ");
                        StringBuilder inner = new StringBuilder();
                        for (Node grandchild : item.children()) {
                            append(grandchild, inner, indent + "  ");
                        }
                        out.append(inner.toString().strip()).append("\n");
                    }
                }
                out.append("\n");
            }
            case "br" -> out.append("\n");
            default -> {
                for (Node child : element.children()) {
                    append(child, out, indent);
                }
                if (element.isBlock()) {
                    out.append("\n");
                }
            }
        }
    }

    /** jsoup's {@code Element.text()}: text with whitespace collapsed, a space around blocks, trimmed. */
    private static String text(Element element) {
        StringBuilder accum = new StringBuilder();
        textOf(element, accum);
        return accum.toString().trim();
    }

    private static void textOf(Element element, StringBuilder accum) {
        List<Node> children = element.children();
        for (int i = 0; i < children.size(); i++) {
            Node child = children.get(i);
            if (child instanceof Text text) {
                appendNormalised(accum, text.text(), inPre(element), endsWithSpace(accum));
                continue;
            }
            Element inner = (Element) child;
            if (accum.length() > 0 && inner.isBlock() && !endsWithSpace(accum)) {
                accum.append(' ');
            }
            textOf(inner, accum);
            Node next = i + 1 < children.size() ? children.get(i + 1) : null;
            if (inner.isBlock() && (next instanceof Text || next instanceof Element e && !e.isBlock())
                    && !endsWithSpace(accum)) {
                accum.append(' ');
            }
        }
    }

    /** jsoup's {@code StringUtil.appendNormalisedWhitespace}, or the text as it is under a {@code pre}. */
    private static void appendNormalised(StringBuilder accum, String text, boolean preserve, boolean stripLeading) {
        if (preserve) {
            accum.append(text);
            return;
        }
        boolean lastWasWhite = false;
        boolean reachedNonWhite = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == 160) {
                if ((stripLeading && !reachedNonWhite) || lastWasWhite) {
                    continue;
                }
                accum.append(' ');
                lastWasWhite = true;
            } else if (c != 8203 && c != 173) {
                accum.appendCodePoint(c);
                lastWasWhite = false;
                reachedNonWhite = true;
            }
        }
    }

    /** jsoup keeps text as written under a {@code pre} up to five levels up. */
    private static boolean inPre(Element element) {
        Element at = element;
        for (int i = 0; i < 6 && at != null; i++) {
            if (at.name().equals("pre")) {
                return true;
            }
            at = at.parent();
        }
        return false;
    }

    private static boolean endsWithSpace(StringBuilder text) {
        return text.length() != 0 && text.charAt(text.length() - 1) == ' ';
    }

    /** jsoup's {@code TextNode.isBlank}: only ASCII white space (a no-break space is text). */
    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The fragment as jsoup would build it, glossary tooltips left out; null where that is not certain. */
    private static Element parse(String html) {
        if (html.indexOf('\r') >= 0 || html.indexOf('\0') >= 0) {
            return null;  // jsoup rewrites these before it reads
        }
        Element root = new Element("#root", null);
        Element current = root;
        // Depth inside a glossary tooltip, whose content is read but not kept.
        int skipping = 0;
        int i = 0;
        int length = html.length();
        while (i < length) {
            int open = html.indexOf('<', i);
            int textEnd = open < 0 ? length : open;
            if (textEnd > i) {
                String text = html.substring(i, textEnd);
                if (TABLE_PARTS.contains(current.name()) && !isBlank(text)) {
                    return null;  // jsoup moves such text out of the table
                }
                if (text.indexOf('&') >= 0) {
                    text = HtmlText.unescape(text);
                    if (text.indexOf('\0') >= 0) {
                        return null;  // jsoup drops a NUL, here from a reference such as &#0;
                    }
                }
                if (skipping == 0) {
                    current.children().add(new Text(text));
                }
            }
            if (open < 0) {
                break;
            }
            int close = tagEnd(html, open);
            if (close < 0) {
                return null;
            }
            if (html.startsWith("</", open)) {
                // Only trailing HTML white space: "</ p>" is a comment to jsoup, and U+000B or U+2003 is part of a name.
                int nameEnd = close;
                while (nameEnd > open + 2 && isSpace(html.charAt(nameEnd - 1))) {
                    nameEnd--;
                }
                String name = html.substring(open + 2, nameEnd);
                if (current == root || !name.equals(current.name()) || VOID.contains(name)) {
                    return null;  // closed out of order: jsoup would mend the tree its own way
                }
                if (skipping > 0) {
                    skipping--;
                }
                current = current.parent();
                i = close + 1;
                continue;
            }
            int nameEnd = open + 1;
            while (nameEnd < close && isNameChar(html.charAt(nameEnd))) {
                nameEnd++;
            }
            String name = html.substring(open + 1, nameEnd);
            if (name.isEmpty() || !(BLOCK.contains(name) || INLINE.contains(name)) || !fitsIn(name, current)) {
                return null;
            }
            String attributes = html.substring(nameEnd, close);
            boolean selfClosing = attributes.endsWith("/");
            if (selfClosing && !VOID.contains(name)) {
                return null;
            }
            int glossaryTip = glossaryTip(attributes);
            if (glossaryTip < 0) {
                return null;
            }
            boolean tip = skipping > 0 || glossaryTip == 1;
            Element element = new Element(name, current);
            if (!tip) {
                current.children().add(element);
            }
            i = close + 1;
            if (!VOID.contains(name)) {
                if (tip) {
                    skipping++;
                }
                current = element;
                if (name.equals("pre") && i < length && html.charAt(i) == '\n') {
                    return null;  // jsoup drops a line break right after <pre>
                }
            }
        }
        return current == root ? root : null;
    }

    /** Whether jsoup would put {@code name} in {@code current} as it stands, without closing or moving anything. */
    private static boolean fitsIn(String name, Element current) {
        String parent = current.name();
        switch (name) {
            case "li" -> {
                return parent.equals("ul") || parent.equals("ol");
            }
            case "dt", "dd" -> {
                return parent.equals("dl");
            }
            case "thead", "tbody", "tfoot" -> {
                return parent.equals("table");
            }
            case "tr" -> {
                return parent.equals("thead") || parent.equals("tbody") || parent.equals("tfoot");
            }
            case "td", "th" -> {
                return parent.equals("tr");
            }
            default -> {
                if (TABLE_PARTS.contains(parent)) {
                    return false;
                }
            }
        }
        for (Element at = current; at != null; at = at.parent()) {
            if ((CLOSES_P.contains(name) && at.name().equals("p"))
                    || (HEADINGS.contains(name) && HEADINGS.contains(at.name()))
                    || (name.equals("a") && at.name().equals("a"))) {
                return false;
            }
        }
        return true;
    }

    /** The index of the {@code >} that ends the tag starting at {@code open}, past quoted values; -1 if none. */
    private static int tagEnd(String html, int open) {
        char quote = 0;
        for (int i = open + 1; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            } else if (c == '<') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * 1 when the attributes give the class glossary-tip as jsoup's {@code hasClass} reads it (class names split
     * at {@code Character.isWhitespace}, compared with {@code equalsIgnoreCase}), 0 when they do not, -1 when that
     * is not certain: attributes jsoup would read otherwise than as written (a quote out of place, no white space
     * before a name), two class attributes, or a character reference in the class.
     */
    private static int glossaryTip(String attributes) {
        String classes = null;
        int length = attributes.length();
        int i = 0;
        while (i < length) {
            int start = i;
            while (i < length && isSpace(attributes.charAt(i))) {
                i++;
            }
            if (i == length || (i == length - 1 && attributes.charAt(i) == '/')) {
                break;
            }
            int nameStart = i;
            if (i == start || !isAsciiLetter(attributes.charAt(i))) {
                return -1;
            }
            while (i < length && (isAsciiLetter(attributes.charAt(i)) || "-_:.0123456789".indexOf(attributes.charAt(i)) >= 0)) {
                i++;
            }
            int nameEnd = i;
            String value = "";
            int at = i;
            while (at < length && isSpace(attributes.charAt(at))) {
                at++;
            }
            if (at < length && attributes.charAt(at) == '=') {
                at++;
                while (at < length && isSpace(attributes.charAt(at))) {
                    at++;
                }
                if (at == length) {
                    return -1;
                }
                char quote = attributes.charAt(at);
                if (quote == '"' || quote == '\'') {
                    int end = attributes.indexOf(quote, at + 1);
                    if (end < 0) {
                        return -1;
                    }
                    value = attributes.substring(at + 1, end);
                    i = end + 1;
                } else {
                    int valueStart = at;
                    while (at < length && !isSpace(attributes.charAt(at)) && "\"'=<>`".indexOf(attributes.charAt(at)) < 0) {
                        at++;
                    }
                    if (at == valueStart) {
                        return -1;
                    }
                    value = attributes.substring(valueStart, at);
                    i = at;
                }
            }
            if (nameEnd - nameStart == 5 && attributes.regionMatches(true, nameStart, "class", 0, 5)) {
                if (classes != null) {
                    return -1;
                }
                classes = value;
            }
        }
        if (classes == null) {
            return 0;
        }
        if (classes.indexOf('&') >= 0) {
            return -1;
        }
        int start = 0;
        for (int c = 0; c <= classes.length(); c++) {
            if (c == classes.length() || Character.isWhitespace(classes.charAt(c))) {
                if (classes.substring(start, c).equalsIgnoreCase("glossary-tip")) {
                    return 1;
                }
                start = c + 1;
            }
        }
        return 0;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f';
    }
}
