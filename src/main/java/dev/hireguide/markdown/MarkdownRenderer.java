package dev.hireguide.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.hireguide.diag.Diagnostic;
import dev.hireguide.diag.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders page bodies from Markdown to safe HTML. Built once per build; thread-safe: render() may
 * be called concurrently from many threads, since Flexmark's parser and renderer keep no state
 * between documents and each document gets its own diagnostics collector.
 */
public final class MarkdownRenderer {

    private final Parser parser;
    private final Parser plainParser;
    private final Parser tablesParser;
    private final Parser autolinkParser;
    private final HtmlRenderer renderer;
    private final DirectHtmlRenderer directRenderer;
    private final int maxDepth;
    private final boolean quick;

    public MarkdownRenderer(MarkdownOptions options) {
        this(options, true);
    }

    /** With {@code direct} false, Flexmark parses and renders every document; for the tests that compare. */
    MarkdownRenderer(MarkdownOptions options, boolean direct) {
        this(options, direct, direct);
    }

    /** With {@code quick} false, Flexmark parses every document; for the test of the direct writer on Flexmark's trees. */
    MarkdownRenderer(MarkdownOptions options, boolean direct, boolean quick) {
        DataHolder full = flexmarkOptions(options, true, true);
        this.parser = parser(full);
        this.plainParser = parser(flexmarkOptions(options, false, false));
        this.tablesParser = parser(flexmarkOptions(options, true, false));
        this.autolinkParser = parser(flexmarkOptions(options, false, true));
        this.renderer = HtmlRenderer.builder(full).build();
        this.directRenderer = direct ? new DirectHtmlRenderer(full) : null;
        this.maxDepth = NestingLimitExtension.MAX_DEPTH.get(full);
        this.quick = quick && direct;
    }

    static Parser parser(DataHolder options) {
        return parser(options, true);
    }

    /** With {@code coreBlocksAtOnce} false, Flexmark asks its core block parsers itself; for the test that compares. */
    static Parser parser(DataHolder options, boolean coreBlocksAtOnce) {
        Parser.Builder builder = coreBlocksAtOnce
                ? Parser.builder(CoreBlockStarts.withoutCoreParsers(options)).customBlockParserFactory(new CoreBlockStarts())
                : Parser.builder(options);
        builder.customInlineParserFactory(MatchingInlineParser.FACTORY);
        // Flexmark adds the pass that reads reference definitions only for its own inline parser.
        if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(options)) {
            builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
        return builder.build();
    }

    /**
     * The options of one parser. Tables and autolinks cost time on every paragraph and every
     * piece of text, so documents that cannot hold one (no {@code |}; no {@code ://}, {@code @}
     * or {@code www.}) are parsed without them; the output is the same.
     */
    static DataHolder flexmarkOptions(MarkdownOptions options, boolean tables, boolean autolinks) {
        List<com.vladsch.flexmark.util.misc.Extension> extensions = new ArrayList<>();
        // First, so that its depth check runs before any other post-processor: node by node
        // with autolinks, whose pass is node by node too and would otherwise come first.
        extensions.add(autolinks ? NestingLimitExtension.perNode() : NestingLimitExtension.create());
        if (tables) {
            extensions.add(new BarTablesExtension());
            // After the tables extension, so that it wraps the table it renders.
            extensions.add(TableRegionExtension.create());
        }
        extensions.add(StrikethroughExtension.create());
        extensions.add(TaskListExtension.create());
        // After Flexmark's task lists: of two renderers for a node, the one registered later
        // renders it and can delegate to the earlier.
        extensions.add(TaskListItemExtension.create());
        if (autolinks) {
            extensions.add(QuickAutolinkExtension.create());
        }
        extensions.addAll(List.of(
                FootnoteExtension.create(),
                FootnoteOrderExtension.create(),
                CalloutExtension.create(),
                RawHtmlExtension.create(),
                WikiLinkExtension.create(),
                LinkPolicyExtension.create(),
                GlossaryLinkExtension.create(),
                HeadingIdExtension.create()));
        return new MutableDataSet()
                .set(Parser.EXTENSIONS, extensions)
                // Tables as GitHub draws them: no column spans, no captions, rows padded or cut
                // to the header's width.
                .set(TablesExtension.COLUMN_SPANS, false)
                .set(TablesExtension.WITH_CAPTION, false)
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
                .set(TablesExtension.MIN_HEADER_ROWS, 1)
                .set(TablesExtension.MAX_HEADER_ROWS, 1)
                // Valid, named checkboxes: `readonly` is not allowed on a checkbox, and a
                // checkbox needs a name even when it is disabled.
                .set(TaskListExtension.ITEM_DONE_MARKER,
                        "<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked disabled aria-label=\"Done\">&nbsp;")
                .set(TaskListExtension.ITEM_NOT_DONE_MARKER,
                        "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled aria-label=\"Not done\">&nbsp;")
                .set(LinkPolicyExtension.BASE_PATH, options.basePath())
                .toImmutable();
    }

    /** The cheapest parser that reads this text as the full one would. */
    private Parser parserFor(String markdown) {
        return parserFor(latin1(markdown));
    }

    /** {@link #parserFor(String)} of a text given as {@link #latin1} made it. */
    private Parser parserFor(byte[] latin1) {
        boolean tables = false;
        for (byte b : latin1) {
            if (b == '|') {
                tables = true;
                break;
            }
        }
        boolean autolinks = mayHoldAutolink(latin1, 0, latin1.length);
        if (tables) {
            return autolinks ? parser : tablesParser;
        }
        return autolinks ? autolinkParser : plainParser;
    }

    /**
     * A text's characters as bytes, one per {@code char}, each beyond Latin-1 as {@code ?}: what the scans of
     * a whole page read (its parser choice, the quick parser's checks, and for each piece of its
     * text the glossary's search and the escaping's; see {@link InterruptibleText#latin1Of}), since
     * they look for ASCII characters, and a {@code ?} is looked at again in the text where it
     * matters. A string's own bytes are copied, where reading it with {@code charAt} under the
     * quick JIT tier costs a field read and two checks per character, and a search per character
     * wanted read it once each.
     */
    static byte[] latin1(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length == text.length()) {
            return bytes;
        }
        // A surrogate pair (an emoji) is one '?' in the encoding, and would move every index after it.
        bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            char c = text.charAt(i);
            bytes[i] = c <= 0xff ? (byte) c : (byte) '?';
        }
        return bytes;
    }

    /** A URL with a scheme, an e-mail address or a www. address, which the autolink extension links. */
    static boolean mayHoldAutolink(String markdown) {
        byte[] latin1 = latin1(markdown);
        return mayHoldAutolink(latin1, 0, latin1.length);
    }

    /**
     * Whether the text from {@code start} to {@code end}, given as {@link #latin1} made it, holds
     * {@code ://}, an {@code @} after a character an e-mail address's name may end with, or
     * {@code www.} in any letter case; the characters around it may count (the one before an
     * {@code @}, the slashes after a colon, the letters before a dot).
     */
    static boolean mayHoldAutolink(byte[] latin1, int start, int end) {
        for (int i = start; i < end; i++) {
            byte c = latin1[i];
            // An e-mail address has at least one character of its own before the @; an @ at the
            // start or after a space is an annotation or a handle (@RestController in a Java
            // sample), and code samples full of them would otherwise send the whole page to the
            // autolink pass. No character folds to a w in either case but w and W.
            if (c == '@' && i > 0 && mayEndEmailName((char) (latin1[i - 1] & 0xff))
                    || c == ':' && i + 2 < latin1.length && latin1[i + 1] == '/' && latin1[i + 2] == '/'
                    || c == '.' && i >= 3 && isW(latin1[i - 3]) && isW(latin1[i - 2]) && isW(latin1[i - 1])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isW(byte b) {
        return b == 'w' || b == 'W';
    }

    /**
     * Whether an e-mail address's name could end with this character, as the autolink extension
     * reads one: anything but ASCII white space, since it takes every character beyond ASCII,
     * Unicode spaces such as U+3000 included.
     */
    static boolean mayEndEmailName(char c) {
        return !(c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B');
    }

    /**
     * Renders one page body. Never throws for any content: a body that cannot be rendered comes
     * back with empty HTML and an error diagnostic. Only {@link OutOfMemoryError} escapes.
     * Interrupting the calling thread stops the work soon after (with an error diagnostic and
     * the interrupt flag still set), so a caller that gives up after a time limit should
     * interrupt, for example with {@code Future.cancel(true)}.
     *
     * @param markdown  the page body
     * @param file      the path for diagnostics, such as {@code content/guides/fastapi.md}
     * @param firstLine the 1-based line of the file on which the body's first line stands
     * @return the HTML, headings and diagnostics of the body
     * @throws NullPointerException if {@code markdown} or {@code file} is null (a caller bug)
     */
    public RenderedMarkdown render(String markdown, String file, int firstLine) {
        return render(markdown, file, firstLine, PageLinks.NONE);
    }

    /**
     * Renders one page body, resolving its wiki links, relative links to source files and
     * glossary terms through {@code links}; otherwise as {@link #render(String, String, int)}.
     */
    public RenderedMarkdown render(String markdown, String file, int firstLine, PageLinks links) {
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(links, "links");
        try {
            return renderOrRefuse(markdown, file, firstLine, links);
        } catch (NestingTooDeepException e) {
            LineMap lines = new LineMap(markdown);
            return failed(tooDeep(SourcePosition.of(file, firstLine + lines.line(e.offset()), lines.column(e.offset()))));
        } catch (InterruptibleText.RenderInterruptedException e) {
            // The interrupt flag stays set for the caller, which asked for the stop.
            return failed(Diagnostic.error(SourcePosition.of(file, firstLine, 0),
                    "rendering this Markdown was stopped before it finished",
                    "the build gives each page a time limit; very long paragraphs full of links, "
                            + "code spans or HTML tags are slow to parse, so split them with blank lines"));
        } catch (StackOverflowError e) {
            return failed(tooDeep(SourcePosition.of(file, firstLine, 0)));
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (Throwable e) {
            // A parser bug must cost this page, not the build's worker thread.
            return failed(Diagnostic.error(SourcePosition.of(file, firstLine, 0),
                    "the Markdown parser failed: " + e,
                    "this is a bug in hireguide or Flexmark; simplify the Markdown near the last edit "
                            + "to work around it, and please report it with this file"));
        }
    }

    private RenderedMarkdown renderOrRefuse(String markdown, String file, int firstLine, PageLinks links) {
        // Plain lines (most front matter fields) need no parser; glossary terms in them would.
        if (links.glossary().isEmpty()) {
            String plain = PlainParagraph.html(markdown);
            if (plain != null) {
                return new RenderedMarkdown(plain, List.of(), List.of());
            }
        }
        return parseAndRender(markdown, file, firstLine, links);
    }

    /**
     * Renders whatever the text, with the quick parser where it can and Flexmark's parser
     * otherwise, then the direct writer where it can and Flexmark's renderer otherwise;
     * package-private for the test that compares the plain path.
     */
    RenderedMarkdown parseAndRender(String markdown, String file, int firstLine, PageLinks links) {
        // Before either parser: the check reads lines inside code blocks too, and a page must
        // not build or fail by which parser reads it.
        LineMap lines = new LineMap(markdown);
        int deepLine = SourceNesting.firstTooDeepLine(markdown, lines, maxDepth);
        if (deepLine >= 0) {
            return failed(tooDeep(SourcePosition.of(file, firstLine + deepLine, 1)));
        }
        byte[] latin1 = latin1(markdown);
        BasedSequence chars = BasedSequence.of(new InterruptibleText(markdown, latin1));
        // Flexmark's parser checks the depth of the tree it builds; the quick parser's trees are
        // shallower than any limit it is run with.
        // Chosen once: the choice reads the whole page for autolinks.
        Parser flexmark = parserFor(latin1);
        Document document = quickParse(markdown, chars, flexmark, latin1);
        if (document == null) {
            document = flexmark.parse(chars);
        }
        // The parser is shared by the whole build; what is particular to the page goes on its document.
        document.set(WikiLinkExtension.PAGE_LINKS, links);
        String html = directRenderer == null ? null : directRenderer.render(document);
        if (html == null) {
            html = renderer.render(document);
        }
        List<Diagnostic> diagnostics = DocumentDiagnostics.of(document).toDiagnostics(file, firstLine, lines);
        return new RenderedMarkdown(html, headings(document), diagnostics,
                DocumentLinks.of(document).toLinks(file, firstLine, lines), anchors(document, file, firstLine, lines));
    }

    /**
     * The tree of a document of common Markdown, or null for {@code flexmark}, the parser that
     * would read it otherwise, whose options the tree carries.
     */
    private Document quickParse(String markdown, BasedSequence chars, Parser flexmark, byte[] latin1) {
        if (!quick || maxDepth < QuickParser.DEEPEST_TREE) {
            return null;
        }
        return QuickParser.parse(markdown, chars, flexmark.getOptions(), latin1);
    }

    /** Whether this text is parsed without Flexmark's parser; for tests. */
    boolean parsesQuickly(String markdown) {
        byte[] latin1 = latin1(markdown);
        return quickParse(markdown, BasedSequence.of(markdown), parserFor(latin1), latin1) != null;
    }

    /** Whether this text is rendered without Flexmark's renderer; for tests. */
    boolean rendersDirectly(String markdown) {
        return directRenderer != null && DirectHtmlRenderer.handles(parserFor(markdown).parse(markdown));
    }

    private static List<SourceAnchor> anchors(Document document, String file, int firstLine, LineMap lines) {
        List<SourceAnchor> anchors = new ArrayList<>();
        for (Node node : BlockNodes.of(document)) {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading && heading.getAnchorRefId() != null) {
                anchors.add(new SourceAnchor(heading.getAnchorRefId(),
                        DocumentDiagnostics.position(file, firstLine, lines, heading.getStartOffset())));
            }
        }
        return anchors;
    }

    private Diagnostic tooDeep(SourcePosition position) {
        return Diagnostic.error(position, "this Markdown is nested too deeply to render",
                "lists, block quotes, emphasis and links may nest about " + maxDepth
                        + " levels deep (a list level counts two); flatten the structure here");
    }

    private static RenderedMarkdown failed(Diagnostic diagnostic) {
        return new RenderedMarkdown("", List.of(), List.of(diagnostic));
    }

    private static List<Heading> headings(Document document) {
        List<Heading> headings = new ArrayList<>();
        for (Node node : BlockNodes.of(document)) {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                headings.add(new Heading(heading.getLevel(), heading.getAnchorRefId(), PlainText.of(heading)));
            }
        }
        return headings;
    }
}
