package dev.hireguide.template;

import java.util.List;

/**
 * A framework hub as templates see it ({@code page.data} on framework pages).
 *
 * @param homepage  may be empty
 * @param summary   HTML
 * @param strengths HTML list items
 * @param tradeoffs HTML list items
 * @param hub       the pages that reference or link to this framework, grouped by type
 */
public record FrameworkView(String name, String language, String kind, String homepage, List<String> aliases,
                            String summary, List<String> strengths, List<String> tradeoffs, List<HubGroup> hub) {

    public FrameworkView {
        aliases = List.copyOf(aliases);
        strengths = List.copyOf(strengths);
        tradeoffs = List.copyOf(tradeoffs);
        hub = List.copyOf(hub);
    }

    /** Pages of one type that reference the framework: {@code type} is {@code guide}, {@code label} {@code Guides}. */
    public record HubGroup(String type, String label, List<PageSummary> pages) {
        public HubGroup {
            pages = List.copyOf(pages);
        }
    }
}
