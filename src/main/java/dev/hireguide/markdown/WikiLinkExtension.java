package dev.hireguide.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Wiki links between pages: {@code [[fastapi]]}, {@code [[frameworks/fastapi]]},
 * {@code [[glossary/asgi|ASGI servers]]}, {@code [[questions/fastapi#dependency-injection]]}.
 * The parser only recognises them; they are resolved while rendering, through the
 * {@link PageLinks} of the page, which {@link MarkdownRenderer} stores on each document under
 * {@link #PAGE_LINKS}. The anchor is checked with every other link once the site is rendered.
 */
public final class WikiLinkExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    /** The links of the page being rendered; per document, {@link PageLinks#NONE} unless the build gives one. */
    public static final DataKey<PageLinks> PAGE_LINKS = new DataKey<>("HIREGUIDE_PAGE_LINKS", PageLinks.NONE);

    private WikiLinkExtension() {
    }

    public static WikiLinkExtension create() {
        return new WikiLinkExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.linkRefProcessorFactory(new WikiLinkRefProcessor.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(new WikiLinkNodeRenderer.Factory());
    }
}
