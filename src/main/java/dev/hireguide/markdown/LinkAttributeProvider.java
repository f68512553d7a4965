package dev.hireguide.markdown;

import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

import java.util.Optional;

/**
 * Applies {@link UrlPolicy} to the {@code href} and {@code src} of every tag Flexmark renders,
 * turns relative links to source files into the site's URLs, and records every link with its
 * position for the link check.
 * An attribute provider rather than a link resolver because Flexmark caches resolved links by URL,
 * and each use of an unsafe URL deserves its own diagnostic at its own position.
 */
final class LinkAttributeProvider implements AttributeProvider {

    static final String LINK_HINT = "use an http(s), mailto or relative link";
    static final String IMAGE_HINT = "use an http(s) or relative image URL (or data:image/png, gif, jpeg or webp)";

    private final String basePath;
    private final DocumentDiagnostics diagnostics;
    private final DocumentLinks links;
    private final PageLinks pageLinks;

    LinkAttributeProvider(String basePath, Document document) {
        this.basePath = basePath;
        this.diagnostics = DocumentDiagnostics.of(document);
        this.links = DocumentLinks.of(document);
        this.pageLinks = WikiLinkExtension.PAGE_LINKS.get(document);
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (attributes.contains("href")) {
            attributes.replaceValue("href", href(node, attributes.getValue("href")));
        }
        if (attributes.contains("src")) {
            String src = src(node, attributes.getValue("src"));
            if (src == null) {
                attributes.remove("src");
            } else {
                attributes.replaceValue("src", src);
            }
        }
    }

    /** The {@code href} a link written at {@code node} gets: recorded for the link check, or {@code #} if refused. */
    String href(Node node, String href) {
        if (!UrlPolicy.isSafe(href, UrlPolicy.Use.LINK)) {
            diagnostics.error(node.getStartOffset(),
                    "unsafe link URL `" + UrlPolicy.forMessage(href) + "` refused", LINK_HINT);
            return "#";
        }
        String url = UrlPolicy.withBasePath(toSource(node, href), basePath);
        links.add(node instanceof WikiLink ? SourceLink.Kind.WIKI : SourceLink.Kind.LINK, url, node.getStartOffset());
        return url;
    }

    /** The {@code src} an image written at {@code node} gets, or null if refused. */
    String src(Node node, String src) {
        if (!UrlPolicy.isSafe(src, UrlPolicy.Use.IMAGE)) {
            diagnostics.error(node.getStartOffset(),
                    "unsafe image URL `" + UrlPolicy.forMessage(src) + "` refused", IMAGE_HINT);
            return null;
        }
        String url = UrlPolicy.withBasePath(toSource(node, src), basePath);
        links.add(SourceLink.Kind.IMAGE, url, node.getStartOffset());
        return url;
    }

    /**
     * A relative URL that names a file under content/, read from the page's source folder
     * ({@code ../roles/backend.md#levels}), becomes that page's or file's site path; any other URL
     * stays as written. A {@code .md} file that is no page is an error at the link.
     */
    private String toSource(Node node, String url) {
        if (url.isEmpty() || url.startsWith("/") || url.startsWith("#") || url.startsWith("?") || UrlPolicy.hasScheme(url)) {
            return url;
        }
        int cut = indexOfAny(url, "?#");
        String path = cut < 0 ? url : url.substring(0, cut);
        String fragment = url.indexOf('#') < 0 ? "" : url.substring(url.indexOf('#'));
        Optional<LinkTarget> target = pageLinks.file(UrlPolicy.percentDecode(path));
        if (target.isEmpty()) {
            return url;
        }
        if (!target.get().isFound()) {
            diagnostics.error(node.getStartOffset(), target.get().problem(), target.get().hint());
            return "#";
        }
        return target.get().path() + fragment;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
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
