package dev.hireguide.markdown;

import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Which link and image URLs content may use, and how root-relative ones move under the base path.
 * Shared by Markdown links ({@link LinkAttributeProvider}) and raw HTML ({@link RawHtmlCleaner}).
 */
final class UrlPolicy {

    /** What a URL is used for: images may also be inline raster data. */
    enum Use { LINK, IMAGE }

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Set<String> SAFE_IMAGE_SCHEMES = Set.of("http", "https");
    private static final Set<String> SAFE_DATA_IMAGES = Set.of("png", "gif", "jpeg", "webp");

    /** Undoing entities and percent-escapes this many times is far more than any real URL needs. */
    private static final int MAX_DECODE_ROUNDS = 8;

    private UrlPolicy() {
    }

    /** True for http(s), mailto and tel URLs, relative URLs and fragments (and raster data: for images). */
    static boolean isSafe(String url, Use use) {
        return isPlainRelative(url) || isSafeCanonically(url, use);
    }

    /**
     * Printable ASCII without a colon, an ampersand or a percent sign, as nearly every link of a
     * site is ({@code /guides/fastapi/#salary}): no entity or escape can hide a scheme in it, and
     * with no colon it has none, so its {@link #canonical} form is relative. Checked first because
     * making that form decodes entities and walks the URL by code point, for every link of every page.
     */
    private static boolean isPlainRelative(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == ':' || c == '&' || c == '%') {
                return false;
            }
        }
        return true;
    }

    /** {@link #isSafe}, by the URL's {@link #canonical} form alone. */
    static boolean isSafeCanonically(String url, Use use) {
        String canonical = canonical(url);
        int colon = canonical.indexOf(':');
        int pathStart = indexOfAny(canonical, "/?#");
        if (colon < 0 || (pathStart >= 0 && pathStart < colon)) {
            return true; // relative, root-relative, protocol-relative or fragment-only
        }
        String scheme = canonical.substring(0, colon);
        if (use == Use.IMAGE) {
            return SAFE_IMAGE_SCHEMES.contains(scheme) || isRasterData(canonical);
        }
        return SAFE_SCHEMES.contains(scheme);
    }

    /** {@code /guides/x/} becomes {@code /hiring/guides/x/} under base path {@code /hiring/}; others stay. */
    static String withBasePath(String url, String basePath) {
        if (basePath.equals("/") || !url.startsWith("/") || url.startsWith("//") || url.startsWith("/\\")) {
            return url;
        }
        return basePath + url.substring(1);
    }

    /** Whether the URL starts with a scheme such as {@code https:} or {@code mailto:}. */
    static boolean hasScheme(String url) {
        int colon = url.indexOf(':');
        return colon > 0 && indexOfAny(url.substring(0, colon), "/?#") < 0;
    }

    /** Decodes %XX escapes as UTF-8; a malformed escape is left as written. */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        try {
            return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /**
     * The URL as a browser might end up seeing it, made worse on purpose: entities and
     * percent-escapes undone repeatedly, and every space, control and invisible formatting
     * character removed (browsers drop tabs and newlines anywhere in a URL), then lower case.
     * Checking this form means no spelling of {@code javascript:} gets through.
     */
    static String canonical(String url) {
        String s = url;
        for (int round = 0; round < MAX_DECODE_ROUNDS; round++) {
            String decoded = percentDecodeAscii(Parser.unescapeEntities(s, false));
            if (decoded.equals(s)) {
                break;
            }
            s = decoded;
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(cp -> !isInvisible(cp)).forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isRasterData(String canonical) {
        if (!canonical.startsWith("data:image/")) {
            return false;
        }
        String rest = canonical.substring("data:image/".length());
        int end = indexOfAny(rest, ";,");
        return end > 0 && SAFE_DATA_IMAGES.contains(rest.substring(0, end));
    }

    private static boolean isInvisible(int cp) {
        return cp <= 0x20 || Character.isISOControl(cp) || Character.isWhitespace(cp)
                || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT;
    }

    /** Decodes %XX escapes of ASCII characters only: a scheme is always ASCII. */
    private static String percentDecodeAscii(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int high = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
            int low = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
            if (c == '%' && high >= 0 && high < 8 && low >= 0) {
                out.append((char) (high * 16 + low));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** A URL shortened and with control characters spelled out, for messages. */
    static String forMessage(String url) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < url.length() && out.length() <= 60; i++) {
            char c = url.charAt(i);
            switch (c) {
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                // A backtick would end the `quoted` URL in the message early.
                case '`' -> out.append('\'');
                default -> {
                    if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.length() <= 60 ? out.toString() : out.substring(0, 59) + "…";
    }
}
