package dev.hireguide.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRendererOptions;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * Writes the HTML of a document made only of common nodes (paragraphs, headings, lists, emphasis,
 * code, links, wiki links, callouts, block quotes and tables) straight into a {@code StringBuilder},
 * byte for byte as Flexmark's {@code HtmlRenderer} with hireguide's extensions writes it, with the
 * same diagnostics, links and heading ids. Flexmark's renderer makes a set of node renderers per
 * document and passes every character through a line-formatting buffer, which made rendering a
 * quarter of a build's CPU. A document with any other node, such as raw HTML, footnotes, task
 * lists, images or defined reference links, is left to Flexmark: {@link #render} returns null before
 * touching it. {@code DirectHtmlRendererTest} renders the same documents both ways.
 */
final class DirectHtmlRenderer {

    /** The node classes written here; exact classes, since a subclass (a task list item) renders otherwise. */
    private static final Set<Class<? extends Node>> COMMON = Set.of(
            Document.class, Paragraph.class, Heading.class, Text.class, TextBase.class,
            SoftLineBreak.class, HardLineBreak.class, Emphasis.class, StrongEmphasis.class, Code.class,
            FencedCodeBlock.class, IndentedCodeBlock.class, BulletList.class, OrderedList.class,
            BulletListItem.class, OrderedListItem.class, BlockQuote.class, ThematicBreak.class,
            Link.class, LinkRef.class, WikiLink.class, Callout.class,
            TableBlock.class, TableHead.class, TableSeparator.class, TableBody.class, TableRow.class,
            TableCell.class);

    private final DataHolder options;
    private final HtmlRendererOptions htmlOptions;
    private final ListOptions listOptions;
    private final String tableClass;
    private final String basePath;
    private final String tipPrefix;

    DirectHtmlRenderer(DataHolder options) {
        this.options = options;
        this.htmlOptions = new HtmlRendererOptions(options);
        this.listOptions = ListOptions.get(options);
        this.tableClass = TablesExtension.CLASS_NAME.get(options);
        this.basePath = LinkPolicyExtension.BASE_PATH.get(options);
        this.tipPrefix = GlossaryLinkExtension.TIP_ID_PREFIX.get(options);
    }

    /** The document's HTML, or null (with the document untouched) if it holds a node written only by Flexmark. */
    String render(Document document) {
        if (!handles(document)) {
            return null;
        }
        new HeadingIdGenerator().generateIds(document);
        Writer writer = new Writer(document);
        writer.children(document);
        return writer.out.toString();
    }

    /** Whether the document holds only nodes written here. */
    static boolean handles(Document document) {
        for (Node node : document.getDescendants()) {
            if (!COMMON.contains(node.getClass())) {
                return false;
            }
            // A list item's marker suffix is a task list's box; an empty URL is one Flexmark's link
            // policy treats on its own; a reference link with a definition is a link.
            if (node instanceof ListItem item && !item.getMarkerSuffix().isEmpty()
                    || node instanceof Link link && link.getUrl().isEmpty()
                    || node instanceof LinkRef ref && ref.isDefined()) {
                return false;
            }
        }
        return true;
    }

    /**
     * One document's output. Mirrors Flexmark's line buffer as hireguide configures it: no
     * indentation, a line break before and after block tags unless the line is empty already,
     * and spaces at the start of a line dropped outside {@code <pre>}.
     */
    private final class Writer {

        final StringBuilder out = new StringBuilder(4096);
        final Document document;
        final LinkAttributeProvider linkPolicy;
        final PageLinks links;
        final GlossaryTextRenderer.State glossaryState;
        boolean pre;
        boolean lineEmpty = true;

        Writer(Document document) {
            this.document = document;
            this.linkPolicy = new LinkAttributeProvider(basePath, document);
            this.links = WikiLinkExtension.PAGE_LINKS.get(document);
            this.glossaryState = GlossaryTextRenderer.state(document);
        }

        void children(Node parent) {
            for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                node(child);
            }
        }

        void node(Node node) {
            if (node instanceof Text text) {
                raw(GlossaryTextRenderer.html(text, document, links, glossaryState, basePath, tipPrefix, false));
            } else if (node instanceof Paragraph paragraph) {
                paragraph(paragraph);
            } else if (node instanceof SoftLineBreak) {
                raw(htmlOptions.softBreak);
            } else if (node instanceof Emphasis) {
                inline(node, "em");
            } else if (node instanceof StrongEmphasis) {
                inline(node, "strong");
            } else if (node instanceof Code code) {
                raw("<code>");
                raw(HtmlText.escape(Escaping.collapseWhitespace(code.getText(), true)));
                raw("</code>");
            } else if (node instanceof Link link) {
                link(link);
            } else if (node instanceof LinkRef ref) {
                undefinedReference(ref);
            } else if (node instanceof WikiLink wiki) {
                wikiLink(wiki);
            } else if (node instanceof ListItem) {
                lineTag(node, "<li>", "</li>");
            } else if (node instanceof BulletList) {
                block(node, "<ul>", "</ul>");
            } else if (node instanceof OrderedList list) {
                int start = list.getStartNumber();
                block(node, listOptions.isOrderedListManualStart() && start != 1 ? "<ol start=\"" + start + "\">" : "<ol>", "</ol>");
            } else if (node instanceof Heading heading) {
                heading(heading);
            } else if (node instanceof HardLineBreak) {
                raw(htmlOptions.hardBreak);
            } else if (node instanceof FencedCodeBlock code) {
                fencedCode(code);
            } else if (node instanceof IndentedCodeBlock code) {
                codeBlock(noLanguageClass(), code.getContentChars().trimTailBlankLines().normalizeEndWithEOL());
            } else if (node instanceof TextBase) {
                children(node);
            } else if (node instanceof BlockQuote) {
                block(node, "<blockquote>", "</blockquote>");
            } else if (node instanceof ThematicBreak) {
                line();
                raw("<hr />");
                line();
            } else if (node instanceof Callout callout) {
                callout(callout);
            } else if (node instanceof TableBlock table) {
                table(table);
            } else if (node instanceof TableHead) {
                lineTag(node, "<thead>", "</thead>");
            } else if (node instanceof TableBody) {
                lineTag(node, "<tbody>", "</tbody>");
            } else if (node instanceof TableRow) {
                lineTag(node, "<tr>", "</tr>");
            } else if (node instanceof TableCell cell) {
                cell(cell);
            } else if (!(node instanceof TableSeparator)) {
                // handles() lets no other node through.
                throw new IllegalStateException("no direct rendering for " + node.getClass().getName());
            }
        }

        private void paragraph(Paragraph paragraph) {
            if (paragraph.getFirstChildAnyNot(NonRenderingInline.class) == null) {
                return;
            }
            if (paragraph.getParent() instanceof ParagraphItemContainer container
                    && container.isParagraphWrappingDisabled(paragraph, listOptions, options)) {
                children(paragraph);
            } else {
                lineTag(paragraph, "<p>", "</p>");
            }
        }

        private void heading(Heading heading) {
            String id = heading.getAnchorRefId();
            String tag = "h" + heading.getLevel();
            line();
            raw(id == null || id.isEmpty() ? "<" + tag + ">" : "<" + tag + " id=\"" + attribute(id) + "\">");
            children(heading);
            raw("</" + tag + ">");
            line();
        }

        private void link(Link link) {
            String href = linkPolicy.href(link, InterruptibleText.unescaped(link.getUrl()));
            StringBuilder tag = new StringBuilder(href.length() + 16).append("<a href=\"").append(attribute(href)).append('"');
            if (link.getTitle().isNotNull()) {
                tag.append(" title=\"").append(attribute(link.getTitle().unescape())).append('"');
            }
            raw(tag.append('>').toString());
            children(link);
            raw("</a>");
        }

        private void wikiLink(WikiLink link) {
            WikiLinkNodeRenderer.Target target = WikiLinkNodeRenderer.target(link, document);
            if (target.href() != null) {
                raw("<a href=\"" + attribute(linkPolicy.href(link, target.href())) + "\">");
            }
            if (target.text() == null) {
                children(link);
            } else {
                raw(HtmlText.escape(target.text()));
            }
            if (target.href() != null) {
                raw("</a>");
            }
        }

        /** Brackets that name no reference definition, such as {@code [optional]}: text as written. */
        private void undefinedReference(LinkRef ref) {
            if (!ref.hasChildren()) {
                raw(HtmlText.escape(ref.getChars().unescape()));
                return;
            }
            raw(HtmlText.escape(ref.getChars().prefixOf(ref.getChildChars()).unescape()));
            children(ref);
            raw(HtmlText.escape(ref.getChars().suffixOf(ref.getChildChars()).unescape()));
        }

        private void fencedCode(FencedCodeBlock code) {
            BasedSequence info = code.getInfo();
            String languageClass;
            if (info.isNotNull() && !info.isBlank()) {
                String language = code.getInfoDelimitedByAny(htmlOptions.languageDelimiterSet).unescape();
                languageClass = htmlOptions.languageClassMap.getOrDefault(language, htmlOptions.languageClassPrefix + language);
            } else {
                languageClass = noLanguageClass();
            }
            codeBlock(languageClass, code.getContentChars().normalizeEOL());
        }

        private String noLanguageClass() {
            return htmlOptions.noLanguageClass.trim();
        }

        private void codeBlock(String languageClass, String content) {
            line();
            raw("<pre>");
            pre = true;
            raw(languageClass.isEmpty() ? "<code>" : "<code class=\"" + attribute(languageClass) + "\">");
            raw(HtmlText.escape(content));
            raw("</code></pre>");
            pre = false;
            if (htmlOptions.htmlBlockCloseTagEol) {
                line();
            }
        }

        private void callout(Callout callout) {
            line();
            raw("<aside class=\"" + attribute("callout " + callout.type().cssClass()) + "\" role=\"note\">");
            line();
            raw("<p class=\"callout-title\">");
            raw(HtmlText.escape(callout.type().title()));
            raw("</p>");
            line();
            children(callout);
            line();
            raw("</aside>");
            line();
        }

        private void table(TableBlock table) {
            line();
            raw("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\""
                    + attribute(TableRegionExtension.Renderer.label(table)) + "\">");
            line();
            block(table, tableClass.isEmpty() ? "<table>" : "<table class=\"" + attribute(tableClass) + "\">", "</table>");
            line();
            raw("</div>");
            line();
        }

        private void cell(TableCell cell) {
            String tag = cell.isHeader() ? "th" : "td";
            TableCell.Alignment alignment = cell.getAlignment();
            raw(alignment == null ? "<" + tag + ">" : "<" + tag + " align=\"" + align(alignment) + "\">");
            children(cell);
            raw("</" + tag + ">");
        }

        private static String align(TableCell.Alignment alignment) {
            return switch (alignment) {
                case LEFT -> "left";
                case CENTER -> "center";
                case RIGHT -> "right";
            };
        }

        /** An inline element around the node's children. */
        private void inline(Node node, String tag) {
            raw("<" + tag + ">");
            children(node);
            raw("</" + tag + ">");
        }

        /** Flexmark's {@code tagLine}: the tag on a line of its own start, closed where its children end. */
        private void lineTag(Node node, String open, String close) {
            line();
            raw(open);
            children(node);
            raw(close);
            line();
        }

        /**
         * Flexmark's {@code tagIndent} and {@code tagLineIndent}, the same with no indentation:
         * the children on lines of their own.
         */
        private void block(Node node, String open, String close) {
            line();
            raw(open);
            line();
            children(node);
            line();
            raw(close);
            line();
        }


        /** Ends the current line unless it is empty. */
        void line() {
            if (!lineEmpty) {
                out.append('\n');
                lineEmpty = true;
            }
        }

        /** Appends HTML, dropping spaces at the start of a line outside {@code <pre>}. */
        void raw(String html) {
            int length = html.length();
            if (length == 0) {
                return;
            }
            if (pre || !lineEmpty && html.indexOf('\n') < 0) {
                out.append(html);
                lineEmpty = html.charAt(length - 1) == '\n';
                return;
            }
            for (int i = 0; i < length; i++) {
                char c = html.charAt(i);
                if (lineEmpty && c == ' ') {
                    continue;
                }
                out.append(c);
                lineEmpty = c == '\n';
            }
        }
    }

    /** An attribute value as Flexmark escapes it: {@code & < > "}, keeping character references. */
    private static String attribute(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"') {
                return Escaping.escapeHtml(value, true);
            }
        }
        return value;
    }
}
