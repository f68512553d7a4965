package dev.hireguide.template;

import dev.hireguide.markdown.HtmlText;
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
        return HtmlText.escapeWithApostrophe(text);
    }
}
