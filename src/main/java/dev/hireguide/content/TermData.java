package dev.hireguide.content;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * A glossary term for recruiters. The page body says what it means.
 *
 * @param shortText    one sentence of at most 160 characters, used for tooltips ({@code short:} in YAML)
 * @param whyItMatters Markdown: why it matters when hiring
 */
public record TermData(String term, List<String> aliases, @JsonProperty("short") String shortText,
                       String whyItMatters) implements TypedData {

    public TermData {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
