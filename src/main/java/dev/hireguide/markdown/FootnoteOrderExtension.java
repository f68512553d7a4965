package dev.hireguide.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Numbers footnotes in the order of their first reference, as GitHub does. Flexmark 0.64 records
 * the offset of a footnote's last reference as its "first", so a note cited twice is numbered
 * after notes cited between the two citations; {@link FootnoteOrderPostProcessor} corrects that.
 */
public final class FootnoteOrderExtension implements Parser.ParserExtension {

    private FootnoteOrderExtension() {
    }

    public static FootnoteOrderExtension create() {
        return new FootnoteOrderExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new FootnoteOrderPostProcessor.Factory());
    }
}
