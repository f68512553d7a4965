package dev.hireguide.markdown;

import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Applies {@link UrlPolicy} to the {@code href} and {@code src} of every tag Flexmark renders.
 * An attribute provider rather than a link resolver because Flexmark caches resolved links by URL,
 * and each use of an unsafe URL deserves its own diagnostic at its own position.
 */
final class LinkAttributeProvider implements AttributeProvider {

    static final String LINK_HINT = "use an http(s), mailto or relative link";
    static final String IMAGE_HINT = "use an http(s) or relative image URL (or data:image/png, gif, jpeg or webp)";

    private final String basePath;
    private final DocumentDiagnostics diagnostics;

    private LinkAttributeProvider(String basePath, Document document) {
        this.basePath = basePath;
        this.diagnostics = DocumentDiagnostics.of(document);
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (attributes.contains("href")) {
            String href = attributes.getValue("href");
            if (UrlPolicy.isSafe(href, UrlPolicy.Use.LINK)) {
                attributes.replaceValue("href", UrlPolicy.withBasePath(href, basePath));
            } else {
                diagnostics.error(node.getStartOffset(),
                        "unsafe link URL `" + UrlPolicy.forMessage(href) + "` refused", LINK_HINT);
                attributes.replaceValue("href", "#");
            }
        }
        if (attributes.contains("src")) {
            String src = attributes.getValue("src");
            if (UrlPolicy.isSafe(src, UrlPolicy.Use.IMAGE)) {
                attributes.replaceValue("src", UrlPolicy.withBasePath(src, basePath));
            } else {
                diagnostics.error(node.getStartOffset(),
                        "unsafe image URL `" + UrlPolicy.forMessage(src) + "` refused", IMAGE_HINT);
                attributes.remove("src");
            }
        }
    }

    /** Makes one provider per rendered document. */
    static final class Factory extends IndependentAttributeProviderFactory {

        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new LinkAttributeProvider(LinkPolicyExtension.BASE_PATH.get(context.getOptions()),
                    context.getDocument());
        }
    }
}
