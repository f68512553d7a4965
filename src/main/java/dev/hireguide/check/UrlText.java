package dev.hireguide.check;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Small pieces of URL text handling that the link check and the build's link resolution share. */
public final class UrlText {

    private UrlText() {
    }

    /** Percent-decodes a URL path or fragment; a {@code +} stays a plus, and a malformed escape leaves the text as it is. */
    public static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** The index of the first character of {@code s} that is one of {@code chars}, or -1. */
    public static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Resolves {@code .} and {@code ..} in a path (a query or fragment is kept as it is); null when
     * it climbs above the top. A path ending in {@code .} or {@code ..} names a folder, so it ends in {@code /}.
     */
    public static String normalize(String path) {
        int end = indexOfAny(path, "?#");
        String head = end < 0 ? path : path.substring(0, end);
        String tail = end < 0 ? "" : path.substring(end);
        List<String> parts = new ArrayList<>();
        String[] segments = head.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
                if (last) {
                    parts.add("");
                }
            } else if (segment.equals(".")) {
                if (last) {
                    parts.add("");
                }
            } else {
                parts.add(segment);
            }
        }
        return String.join("/", parts) + tail;
    }
}
