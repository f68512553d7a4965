package dev.hireguide.check;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

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
}
