package dev.hireguide.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import java.util.Set;

/**
 * Flexmark's tables, with its table pass run only on the paragraphs that hold a {@code |}. A
 * table needs one in every row, yet the pass parses each paragraph of a page with a table before
 * it looks: on a page with one table and forty paragraphs, that was most of the pass's time.
 */
final class BarTablesExtension extends TablesExtension {

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new OnlyWithBars(TableParagraphPreProcessor.Factory()));
    }

    /**
     * The table pass's factory, ordered as it is among the others, handing it only paragraphs with
     * a bar. Flexmark makes a table pass per document, compiling a regex each time; the pass keeps
     * nothing but the parser's options and that regex, so one serves every document of the parser.
     */
    private static final class OnlyWithBars implements ParagraphPreProcessorFactory {

        private final ParagraphPreProcessorFactory tables;
        /** Made for the first paragraph that may be a table; two threads may each make one, which is harmless. */
        private volatile ParagraphPreProcessor table;

        OnlyWithBars(ParagraphPreProcessorFactory tables) {
            this.tables = tables;
        }

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            return (paragraph, paragraphState) -> {
                if (!InterruptibleText.contains(paragraph.getChars(), '|')) {
                    return 0;
                }
                ParagraphPreProcessor shared = table;
                if (shared == null) {
                    shared = tables.apply(paragraphState);
                    table = shared;
                }
                return shared.preProcessBlock(paragraph, paragraphState);
            };
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return tables.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return tables.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return tables.affectsGlobalScope();
        }
    }
}
