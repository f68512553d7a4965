package dev.hireguide.template;

import java.util.List;

/**
 * A glossary term as templates see it ({@code page.data} on term pages).
 *
 * @param shortText    the one-sentence definition (plain text)
 * @param whyItMatters HTML
 */
public record TermView(String term, List<String> aliases, String shortText, String whyItMatters) {

    public TermView {
        aliases = List.copyOf(aliases);
    }
}
