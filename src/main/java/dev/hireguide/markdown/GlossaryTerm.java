package dev.hireguide.markdown;

import java.util.List;

/**
 * A glossary term as the Markdown stage links it.
 *
 * @param id        the term page's id ({@code glossary/asgi})
 * @param path      its site path without the base path ({@code /glossary/asgi/})
 * @param shortText its one-sentence definition, shown as the link's tooltip
 * @param names     the term and its other names, as written ({@code ASGI}, {@code Asynchronous Server Gateway Interface})
 */
public record GlossaryTerm(String id, String path, String shortText, List<String> names) {

    public GlossaryTerm {
        shortText = shortText == null ? "" : shortText.strip();
        names = names.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).toList();
    }
}
