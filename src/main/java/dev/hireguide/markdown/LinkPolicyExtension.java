package dev.hireguide.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Checks every link and image URL Flexmark renders: unsafe schemes are refused with an error,
 * root-relative URLs are moved under {@link #BASE_PATH}.
 */
public final class LinkPolicyExtension implements HtmlRenderer.HtmlRendererExtension {

    /** The path the site is served under, starting and ending with {@code /}. */
    public static final DataKey<String> BASE_PATH = new DataKey<>("HIREGUIDE_BASE_PATH", "/");

    private LinkPolicyExtension() {
    }

    public static LinkPolicyExtension create() {
        return new LinkPolicyExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // Flexmark on its own drops the <a> of javascript: links silently; we refuse them with a
        // diagnostic instead, so its pattern must not hide them from LinkAttributeProvider.
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "");
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.attributeProviderFactory(new LinkAttributeProvider.Factory());
    }
}
