package dev.hireguide.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/** Gives every heading a GitHub-style {@code id}, unique within its page ({@link HeadingIdGenerator}). */
public final class HeadingIdExtension implements HtmlRenderer.HtmlRendererExtension {

    private HeadingIdExtension() {
    }

    public static HeadingIdExtension create() {
        return new HeadingIdExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.htmlIdGeneratorFactory(new HeadingIdGenerator.Factory());
    }
}
