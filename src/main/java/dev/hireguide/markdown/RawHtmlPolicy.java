package dev.hireguide.markdown;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Which raw HTML content may keep: the harmless formatting Markdown has no syntax for
 * (details/summary, kbd, sub, sup, mark, abbr, ins, del, …), tables, lists and images, with a few
 * plain attributes. No scripts, styles, frames, forms, event handlers or style attributes.
 */
final class RawHtmlPolicy {

    /**
     * A jsoup safelist as the list of tags and attributes; {@link RawHtmlCleaner} applies it tag by
     * tag. URLs are left to {@link UrlPolicy}, so no protocols are set here.
     */
    private static final Safelist SAFELIST = new Safelist()
            .addTags("a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col",
                    "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
                    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p",
                    "pre", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strong", "sub", "summary",
                    "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr")
            .addAttributes(":all", "id", "class", "title", "lang", "dir")
            .addAttributes("a", "href")
            .addAttributes("img", "src", "alt", "width", "height", "loading")
            .addAttributes("details", "open")
            .addAttributes("ol", "start", "reversed", "type")
            .addAttributes("li", "value")
            .addAttributes("td", "colspan", "rowspan", "align")
            .addAttributes("th", "colspan", "rowspan", "align", "scope")
            .addAttributes("col", "span")
            .addAttributes("colgroup", "span")
            .addAttributes("time", "datetime")
            .addAttributes("del", "datetime", "cite")
            .addAttributes("ins", "datetime", "cite")
            .addAttributes("q", "cite")
            .addAttributes("blockquote", "cite");

    /**
     * Stands in for the element in safelist checks: the safelist only looks at elements to check
     * URL protocols, which it is not asked to do, and one shared element avoids creating jsoup
     * objects on render threads.
     */
    private static final Element ANY_ELEMENT = new Element("span");

    /** Elements whose content is code or hidden markup, so it is dropped along with the tags. */
    private static final Set<String> DROPS_CONTENT =
            Set.of("script", "style", "template", "iframe", "noembed", "noframes");

    private static final Set<String> VOID = Set.of("br", "hr", "img", "wbr", "col");

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite");

    /** Ids and class names that cannot be mistaken for anything but a name. */
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Pattern CLASSES = Pattern.compile("[A-Za-z0-9_-]+(?:[ \\t\\n]+[A-Za-z0-9_-]+)*");
    private static final Pattern DIRECTION = Pattern.compile("ltr|rtl|auto");

    /** Tag names for hints. */
    static final String KEPT_TAGS_HINT = "content keeps only formatting tags such as details, summary, kbd, "
            + "sub, sup, mark, abbr, ins, del, span, div, tables, lists and images; write the rest in Markdown";

    private RawHtmlPolicy() {
    }

    static boolean keepsTag(String tag) {
        return SAFELIST.isSafeTag(tag);
    }

    static boolean dropsContent(String tag) {
        return DROPS_CONTENT.contains(tag);
    }

    static boolean isVoid(String tag) {
        return VOID.contains(tag);
    }

    static boolean isUrlAttribute(String attribute) {
        return URL_ATTRIBUTES.contains(attribute);
    }

    /** Whether a (decoded) attribute value may stay on a kept tag; URLs are checked by {@link UrlPolicy} apart. */
    static boolean keepsAttribute(String tag, String attribute, String value) {
        String v = value == null ? "" : value;
        if (!SAFELIST.isSafeAttribute(tag, ANY_ELEMENT, new Attribute(attribute, v))) {
            return false;
        }
        return switch (attribute) {
            case "id" -> ID.matcher(v).matches();
            case "class" -> CLASSES.matcher(v.strip()).matches();
            case "dir" -> DIRECTION.matcher(v).matches();
            default -> true;
        };
    }
}
