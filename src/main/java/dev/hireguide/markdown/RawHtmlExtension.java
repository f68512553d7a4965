package dev.hireguide.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Raw HTML in content is cleaned, never passed through: see {@link RawHtmlPolicy} for what is kept
 * and {@link RawHtmlPostProcessor} for how. Uses {@link LinkPolicyExtension#BASE_PATH} for URLs.
 */
public final class RawHtmlExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private RawHtmlExtension() {
    }

    public static RawHtmlExtension create() {
        return new RawHtmlExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new RawHtmlPostProcessor.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(new RawHtmlNodeRenderer.Factory());
    }
}
