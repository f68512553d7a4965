package dev.hireguide.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.hireguide.markdown.RawHtmlTokenizer.Attribute;
import dev.hireguide.markdown.RawHtmlTokenizer.Kind;
import dev.hireguide.markdown.RawHtmlTokenizer.Token;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Rewrites one raw HTML fragment (an HTML block, or one inline tag) into HTML built only from
 * kept tags with checked, re-escaped attributes, and escaped text. Dropped tags lose their
 * markup but keep their text, except script-like elements, whose content goes too.
 *
 * <p>Fragments of one parent node share a stack of the elements they opened, so that a
 * {@code <details>} block can be closed by a {@code </details>} block after some Markdown. An end
 * tag with no matching open element is dropped: it could otherwise close an element of
 * Flexmark's output or of the page template.
 */
final class RawHtmlCleaner {

    private final String basePath;
    private final int maxDepth;
    private final DocumentDiagnostics diagnostics;
    private final DocumentLinks links;
    private boolean warnedAboutDepth;

    /** {@code maxDepth} bounds the elements open at once, as {@link NestingLimitExtension} bounds Markdown. */
    RawHtmlCleaner(String basePath, int maxDepth, DocumentDiagnostics diagnostics) {
        this(basePath, maxDepth, diagnostics, new DocumentLinks());
    }

    /** The same, recording the links and images it keeps in {@code links}, for the link check. */
    RawHtmlCleaner(String basePath, int maxDepth, DocumentDiagnostics diagnostics, DocumentLinks links) {
        this.basePath = basePath;
        this.maxDepth = maxDepth;
        this.diagnostics = diagnostics;
        this.links = links;
    }

    /** The cleaned fragment; {@code open} holds the elements still open, innermost first. */
    String clean(BasedSequence fragment, Deque<String> open) {
        String text = fragment.toString();
        List<Token> tokens = RawHtmlTokenizer.tokenize(text);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            switch (token.kind()) {
                case TEXT -> out.append(Escaping.escapeHtml(text.substring(token.start(), token.end()), true));
                case START_TAG -> i = startTag(tokens, i, fragment, open, out);
                case END_TAG -> endTag(token.name(), open, out);
                case OTHER -> {
                    // Comments, processing instructions, declarations and CDATA carry nothing a reader sees.
                }
            }
        }
        return out.toString();
    }

    /** End tags for every element still open, innermost first. */
    static String closeAll(Deque<String> open) {
        StringBuilder out = new StringBuilder();
        while (!open.isEmpty()) {
            out.append("</").append(open.pop()).append('>');
        }
        return out.toString();
    }

    /** Writes a start tag (or drops it); returns the index of the last token it used. */
    private int startTag(List<Token> tokens, int index, BasedSequence fragment, Deque<String> open, StringBuilder out) {
        Token tag = tokens.get(index);
        String name = tag.name();
        int offset = fragment.getIndexOffset(tag.start());
        if (RawHtmlPolicy.dropsContent(name)) {
            diagnostics.warning(offset, "raw HTML `<" + name + ">` removed with its content",
                    "content cannot carry scripts, styles or frames; the theme provides those");
            int end = index + 1;
            while (end < tokens.size() && !(tokens.get(end).kind() == Kind.END_TAG && tokens.get(end).name().equals(name))) {
                end++;
            }
            return Math.min(end, tokens.size() - 1);
        }
        if (!RawHtmlPolicy.keepsTag(name)) {
            diagnostics.warning(offset, "raw HTML tag `<" + name + ">` removed", RawHtmlPolicy.KEPT_TAGS_HINT);
            return index;
        }
        if (open.size() >= maxDepth && !RawHtmlPolicy.isVoid(name)) {
            if (!warnedAboutDepth) {
                warnedAboutDepth = true;
                diagnostics.warning(offset, "raw HTML nested more than " + maxDepth + " elements deep; deeper tags removed",
                        "close the elements opened before this one");
            }
            return index;
        }
        out.append('<').append(name);
        Set<String> seen = new HashSet<>();
        for (Attribute attribute : tag.attributes()) {
            // Browsers keep the first of repeated attributes, so the cleaner does too.
            if (seen.add(attribute.name())) {
                attribute(name, attribute, fragment, out);
            }
        }
        if (RawHtmlPolicy.isVoid(name)) {
            out.append(" />");
        } else if (tag.selfClosing()) {
            // "<div/>" opens a div in a browser; an empty element is what the writer meant.
            out.append("></").append(name).append('>');
        } else {
            out.append('>');
            open.push(name);
        }
        return index;
    }

    private void attribute(String tag, Attribute attribute, BasedSequence fragment, StringBuilder out) {
        String name = attribute.name();
        String value = attribute.value() == null ? null : Parser.unescapeEntities(attribute.value(), true);
        int offset = fragment.getIndexOffset(attribute.start());
        if (!RawHtmlPolicy.keepsAttribute(tag, name, value)) {
            diagnostics.warning(offset, "raw HTML attribute `" + name + "` removed from `<" + tag + ">`",
                    name.equals("style") ? "use a class that the theme styles instead of a style attribute"
                            : "content keeps only plain attributes such as id, class, title, href, src, alt, "
                            + "width and height; ids and classes may use letters, digits, '-' and '_'");
            return;
        }
        if (value != null && RawHtmlPolicy.isUrlAttribute(name)) {
            UrlPolicy.Use use = name.equals("src") ? UrlPolicy.Use.IMAGE : UrlPolicy.Use.LINK;
            if (!UrlPolicy.isSafe(value, use)) {
                boolean image = use == UrlPolicy.Use.IMAGE;
                diagnostics.error(offset, "unsafe " + (image ? "image" : "link") + " URL `"
                                + UrlPolicy.forMessage(value) + "` refused",
                        image ? LinkAttributeProvider.IMAGE_HINT : LinkAttributeProvider.LINK_HINT);
                if (name.equals("href")) {
                    out.append(" href=\"#\"");
                }
                return;
            }
            value = UrlPolicy.withBasePath(value.strip(), basePath);
            if (!name.equals("cite")) {
                links.add(name.equals("src") ? SourceLink.Kind.IMAGE : SourceLink.Kind.LINK, value, offset);
            }
        }
        out.append(' ').append(name);
        if (value != null) {
            out.append("=\"").append(escapeAttribute(value)).append('"');
        }
    }

    private static void endTag(String name, Deque<String> open, StringBuilder out) {
        if (!open.contains(name)) {
            return;
        }
        // Close whatever was left open inside, as a browser would, so the output nests properly.
        String closed;
        do {
            closed = open.pop();
            out.append("</").append(closed).append('>');
        } while (!closed.equals(name));
    }

    private static String escapeAttribute(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
