package dev.hireguide.content;

import java.util.List;

/**
 * A framework; its page is a hub listing everything that references it.
 *
 * @param summary    Markdown
 * @param strengths  Markdown lines
 * @param tradeoffs  Markdown lines
 */
public record FrameworkData(String name, String language, String kind, String homepage, List<String> aliases,
                            String summary, List<String> strengths, List<String> tradeoffs) implements TypedData {

    public FrameworkData {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        strengths = strengths == null ? List.of() : List.copyOf(strengths);
        tradeoffs = tradeoffs == null ? List.of() : List.copyOf(tradeoffs);
    }
}
