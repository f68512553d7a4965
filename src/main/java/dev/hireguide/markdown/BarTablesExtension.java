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

    /** The table pass's factory, ordered as it is among the others, handing it only paragraphs with a bar. */
    private record OnlyWithBars(ParagraphPreProcessorFactory tables) implements ParagraphPreProcessorFactory {

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            return new ParagraphPreProcessor() {
                private ParagraphPreProcessor table;

                @Override
                public int preProcessBlock(Paragraph paragraph, ParserState state) {
                    if (!InterruptibleText.contains(paragraph.getChars(), '|')) {
                        return 0;
                    }
                    // Made for the first paragraph that may be a table, not for every document.
                    if (table == null) {
                        table = tables.apply(state);
                    }
                    return table.preProcessBlock(paragraph, state);
                }
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
