package dev.hireguide.markdown;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteRepository;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.HashMap;
import java.util.Map;

/** Sets each footnote's first-reference offset to its earliest reference, then renumbers. */
final class FootnoteOrderPostProcessor extends DocumentPostProcessor {

    @Override
    public Document processDocument(Document document) {
        FootnoteRepository repository = FootnoteExtension.FOOTNOTES.get(document);
        if (repository.getReferencedFootnoteBlocks().isEmpty()) {
            return document;
        }
        Map<FootnoteBlock, Integer> firstReference = new HashMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Footnote footnote && footnote.getFootnoteBlock() != null) {
                firstReference.merge(footnote.getFootnoteBlock(), footnote.getStartOffset(), Math::min);
            }
        }
        firstReference.forEach(FootnoteBlock::setFirstReferenceOffset);
        repository.resolveFootnoteOrdinals();
        return document;
    }

    /** Registers the processor for the whole document. */
    static final class Factory extends DocumentPostProcessorFactory {

        @Override
        public DocumentPostProcessor apply(Document document) {
            return new FootnoteOrderPostProcessor();
        }
    }
}
