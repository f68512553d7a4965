package dev.hireguide.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.HashSet;
import java.util.Set;

/**
 * Renders text nodes, linking glossary terms on their first mention (see
 * {@link GlossaryLinkExtension}); text without a term to link is written as Flexmark's own
 * renderer writes it. Rendering visits text in document order, so the first text rendered with a term is its first
 * mention.
 */
final class GlossaryTextRenderer implements NodeRenderer {

    private final String basePath;
    private final String tipPrefix;

    private GlossaryTextRenderer(DataHolder options) {
        this.basePath = LinkPolicyExtension.BASE_PATH.get(options);
        this.tipPrefix = GlossaryLinkExtension.TIP_ID_PREFIX.get(options);
    }

    /** The terms one document has linked, or that the editor links on purpose; per document. */
    static final class State {
        static final DataKey<State> KEY = new DataKey<>("HIREGUIDE_GLOSSARY_STATE", State::new);

        final Set<String> done = new HashSet<>();
        boolean editorLinksRead;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, this::render));
    }

    private void render(Text node, NodeRendererContext context, HtmlWriter html) {
        Document document = context.getDocument();
        html.raw(html(node, document, WikiLinkExtension.PAGE_LINKS.get(document), state(document), basePath, tipPrefix,
                context.isDoNotRenderLinks()));
    }

    /** The document's record of linked terms, to pass to every {@link #html} call for its text. */
    static State state(Document document) {
        return State.KEY.get(document);
    }

    /**
     * The HTML of one text node: escaped as Flexmark's own text renderer writes it, with the
     * first mention of each glossary term linked. Shared with {@link DirectHtmlRenderer}. The
     * document's page links and {@link #state} are looked up once per document by the caller:
     * a data key lookup allocates, and a page has hundreds of pieces of text.
     */
    static String html(Text node, Document document, PageLinks links, State state, String basePath, String tipPrefix,
            boolean doNotRenderLinks) {
        BasedSequence chars = node.getChars();
        String source = InterruptibleText.stringOf(chars);
        // The page's Latin-1 copy, when the text is a piece of it: read there in one pass each.
        byte[] latin1 = InterruptibleText.latin1Of(chars);
        int start = chars.getStartOffset();
        // Flexmark unescapes through a regex; most text has nothing to unescape.
        boolean asWritten = latin1 != null ? hasNoEscapes(latin1, start, start + source.length())
                : source.indexOf('\\') < 0 && source.indexOf('&') < 0 && source.indexOf('\r') < 0;
        String text = asWritten ? source : Escaping.normalizeEOL(chars.unescape());
        if (!asWritten) {
            latin1 = null;
        }
        Glossary glossary = links.glossary();
        if (glossary.isEmpty() || doNotRenderLinks || !inProse(node)) {
            // What Flexmark's own text renderer writes, without its regex escaping.
            return latin1 != null ? HtmlText.escape(text, latin1, start) : HtmlText.escape(text);
        }
        StringBuilder html = null;
        int at = 0;
        for (Glossary.Match match : latin1 != null ? glossary.find(text, latin1, start) : glossary.find(text)) {
            if (!state.editorLinksRead) {
                // Read at the document's first mention of a term: most text mentions none.
                state.editorLinksRead = true;
                state.done.addAll(linkedByEditor(document, links));
            }
            if (!state.done.add(match.term().id())) {
                continue;  // linked already, by the editor or by an earlier mention
            }
            if (html == null) {
                html = new StringBuilder(text.length() + 200);
            }
            html.append(HtmlText.escape(text.substring(at, match.start())));
            // Offsets are exact unless escapes made the text shorter than its source.
            int offset = node.getStartOffset() + (source.equals(text) ? match.start() : 0);
            link(match.term(), text.substring(match.start(), match.end()), offset, document, basePath, tipPrefix, html);
            at = match.end();
        }
        if (html == null) {
            return latin1 != null ? HtmlText.escape(text, latin1, start) : HtmlText.escape(text);
        }
        return html.append(HtmlText.escape(text.substring(at))).toString();
    }

    /** Whether the piece of a Latin-1 copy holds no backslash, ampersand or carriage return, which Flexmark's unescaping would change. */
    private static boolean hasNoEscapes(byte[] latin1, int start, int end) {
        for (int i = start; i < end; i++) {
            byte b = latin1[i];
            if (b == '\\' || b == '&' || b == '\r') {
                return false;
            }
        }
        return true;
    }

    private static void link(GlossaryTerm term, String text, int offset, Document document, String basePath,
            String tipPrefix, StringBuilder html) {
        String href = UrlPolicy.withBasePath(term.path(), basePath);
        DocumentLinks.of(document).add(SourceLink.Kind.GLOSSARY, href, offset);
        String tipId = tipPrefix + term.id().substring(term.id().lastIndexOf('/') + 1);
        boolean tip = !term.shortText().isEmpty();
        // Written as text: HtmlWriter's attributes would go through the attribute providers,
        // which are for links written in the Markdown.
        html.append("<span class=\"glossary\"><a class=\"glossary-link\" href=\"").append(Escaping.escapeHtml(href, true)).append('"');
        if (tip) {
            html.append(" aria-describedby=\"").append(Escaping.escapeHtml(tipId, true)).append('"');
        }
        html.append('>').append(HtmlText.escape(text)).append("</a>");
        if (tip) {
            html.append("<span class=\"glossary-tip\" id=\"").append(Escaping.escapeHtml(tipId, true))
                    .append("\" role=\"tooltip\">").append(HtmlText.escape(term.shortText())).append("</span>");
        }
        html.append("</span>");
    }

    /** Not in a heading, a table's head, code, a link or an image. */
    private static boolean inProse(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Heading || parent instanceof TableHead || parent instanceof Code
                    || parent instanceof LinkNodeBase || parent instanceof RefNode || parent instanceof WikiLink) {
                return false;
            }
        }
        return true;
    }

    /** The ids of the pages the document's own links lead to: a term linked by hand is not linked again. */
    private static Set<String> linkedByEditor(Document document, PageLinks links) {
        Set<String> ids = new HashSet<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof WikiLink wiki && !wiki.reference().isEmpty()) {
                LinkTarget target = links.wiki(wiki.reference());
                if (target.isFound()) {
                    ids.add(target.id());
                }
            } else if (node instanceof Link link) {
                links.pageOf(link.getUrl().toString()).ifPresent(ids::add);
            } else if (node instanceof LinkRef ref) {
                Reference reference = ref.getReferenceNode(document);
                if (reference != null) {
                    links.pageOf(reference.getUrl().toString()).ifPresent(ids::add);
                }
            }
        }
        return ids;
    }

    /** Makes one renderer per document. */
    static final class Factory implements NodeRendererFactory {

        @Override
        public NodeRenderer apply(DataHolder options) {
            return new GlossaryTextRenderer(options);
        }
    }
}
