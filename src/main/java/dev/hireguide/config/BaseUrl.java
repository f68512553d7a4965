package dev.hireguide.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Validates and normalises a site's base URL: absolute http(s), no query or fragment, ending in {@code /}. */
public final class BaseUrl {

    private BaseUrl() {
    }

    /** The normalised URL, or empty when {@code raw} is not an absolute http(s) URL. */
    public static Optional<String> normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(raw.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                return Optional.empty();
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (path.contains("/../") || path.endsWith("/..") || path.contains("//")) {
                return Optional.empty();
            }
            if (!path.endsWith("/")) {
                path = path + "/";
            }
            String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port + path);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The path of a normalised base URL: {@code https://x.com/hiring/} gives {@code /hiring/}. */
    public static String pathOf(String normalisedUrl) {
        int schemeEnd = normalisedUrl.indexOf("://");
        int slash = normalisedUrl.indexOf('/', schemeEnd + 3);
        return slash < 0 ? "/" : normalisedUrl.substring(slash);
    }
}
