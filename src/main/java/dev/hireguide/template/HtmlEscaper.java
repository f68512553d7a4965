package dev.hireguide.template;

import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;

/**
 * Autoescaping's {@code html} strategy: the same five replacements as Pebble's own (unbescape's
 * {@code escapeHtml4Xml}), {@code & < > " '}, in one pass that returns the text itself when
 * there is nothing to replace. Every printed value goes through it, and the general escaper
 * looked each character up in its tables.
 */
final class HtmlEscaper implements EscapingStrategy {

    @Override
    public String escape(String text) {
        int length = text.length();
        int first = 0;
        while (first < length && !isSpecial(text.charAt(first))) {
            first++;
        }
        if (first == length) {
            return text;
        }
        StringBuilder out = new StringBuilder(length + 16);
        out.append(text, 0, first);
        for (int i = first; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isSpecial(char c) {
        // One comparison for the common case: every special character is at most '>'.
        return c <= '>' && (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'');
    }
}
