package dev.hireguide.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Links the first mention of each glossary term in a page's prose to the term's page, with the
 * term's one-sentence definition as a tooltip the link points to with {@code aria-describedby}.
 * Mentions in headings, code, links and images are left alone, and so is a term the page already
 * links to itself. The terms come from the page's {@link PageLinks#glossary()}.
 */
public final class GlossaryLinkExtension implements HtmlRenderer.HtmlRendererExtension {

    /** The start of each tooltip's {@code id}; the term page's last path segment follows. */
    public static final DataKey<String> TIP_ID_PREFIX = new DataKey<>("HIREGUIDE_GLOSSARY_TIP_ID_PREFIX", "glossary-tip-");

    private GlossaryLinkExtension() {
    }

    public static GlossaryLinkExtension create() {
        return new GlossaryLinkExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(new GlossaryTextRenderer.Factory());
    }
}
