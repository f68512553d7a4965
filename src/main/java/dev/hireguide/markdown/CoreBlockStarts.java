package dev.hireguide.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.List;
import java.util.Set;

/**
 * Flexmark's seven core block parsers (quotes, headings, fences, HTML blocks, thematic breaks,
 * lists, indented code), each asked only about lines that could start its block. Flexmark asks
 * every block parser on every line whether a block starts there, and the heading, fence, list
 * and break parsers each run a regular expression over the line to say no: on prose, table rows
 * and blank lines, most lines of a page. Each of them reads its marker at the line's first
 * non-blank character, so a line is offered only to the parsers whose markers include that
 * character; a line indented as code (four columns or more) is offered to all, as Flexmark
 * would. They are asked in Flexmark's own order, which {@code CoreBlockStartsTest} checks, and
 * the test compares both parsers on the CommonMark specification's examples.
 */
final class CoreBlockStarts implements CustomBlockParserFactory {

    /**
     * A core parser and the first characters of the lines it can start a block on. The list
     * parser also clears a note of the line its items handled; a line without a list marker
     * never matches that note again, so skipping it there changes nothing.
     */
    record Core(CustomBlockParserFactory factory, String markers) {
    }

    /** In the order Flexmark puts them in when it adds them itself. */
    static final List<Core> CORE = List.of(
            new Core(new BlockQuoteParser.Factory(), ">"),
            new Core(new HeadingParser.Factory(), "#=-"),
            new Core(new FencedCodeBlockParser.Factory(), "`~"),
            new Core(new HtmlBlockParser.Factory(), "<"),
            new Core(new ThematicBreakParser.Factory(), "*-_"),
            new Core(new ListBlockParser.Factory(), "*+-0123456789"),
            new Core(new IndentedCodeBlockParser.Factory(), ""));

    /** An indent of this many columns makes a line indented code, whatever its first character. */
    private static final int CODE_INDENT = 4;

    /** The options with Flexmark's own core block parsers off, for a parser that is given this factory instead. */
    static DataHolder withoutCoreParsers(DataHolder options) {
        return new MutableDataSet(options)
                .set(Parser.BLOCK_QUOTE_PARSER, false)
                .set(Parser.HEADING_PARSER, false)
                .set(Parser.FENCED_CODE_BLOCK_PARSER, false)
                .set(Parser.HTML_BLOCK_PARSER, false)
                .set(Parser.THEMATIC_BREAK_PARSER, false)
                .set(Parser.LIST_BLOCK_PARSER, false)
                .set(Parser.INDENTED_CODE_BLOCK_PARSER, false)
                .toImmutable();
    }

    /**
     * Each thread's factories for the options they were made for. Flexmark makes them for every
     * document it parses, from the parser's own options, and some compile regular expressions;
     * they hold no state of a document, but the HTML block factory fills a field on first use
     * without a lock, so they are not shared between threads.
     */
    private final ThreadLocal<Starts> made = new ThreadLocal<>();

    @Override
    public BlockParserFactory apply(DataHolder options) {
        Starts starts = made.get();
        if (starts == null || starts.options != options) {
            List<BlockParserFactory> factories = CORE.stream().map(core -> core.factory().apply(options)).toList();
            starts = new Starts(options, factories, CORE.stream().map(Core::markers).toList());
            made.set(starts);
        }
        return starts;
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return null;
    }

    @Override
    public boolean affectsGlobalScope() {
        return false;
    }

    /** The core factories for one parser's options. */
    private static final class Starts implements BlockParserFactory {

        private final DataHolder options;
        private final List<BlockParserFactory> factories;
        private final List<String> markers;

        Starts(DataHolder options, List<BlockParserFactory> factories, List<String> markers) {
            this.options = options;
            this.factories = factories;
            this.markers = markers;
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            boolean code = state.getIndent() >= CODE_INDENT;
            BasedSequence line = state.getLine();
            int first = state.getNextNonSpaceIndex();
            char marker = first < line.length() ? line.charAt(first) : '\n';
            for (int i = 0; i < factories.size(); i++) {
                // As Flexmark's own loop asks: an open HTML block may refuse some parsers.
                if ((code || markers.get(i).indexOf(marker) >= 0) && matched.getBlockParser().canInterruptBy(factories.get(i))) {
                    BlockStart start = factories.get(i).tryStart(state, matched);
                    if (start != BlockStart.none()) {
                        return start;
                    }
                }
            }
            return BlockStart.none();
        }
    }
}
