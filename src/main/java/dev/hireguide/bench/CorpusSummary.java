package dev.hireguide.bench;

import java.util.List;
import java.util.Map;

/**
 * What a corpus holds.
 *
 * @param sitePages    pages as hireguide counts them: the home page, the section pages and the content pages
 * @param counts       content pages per section folder, in the sections' order
 * @param markdownBytes bytes of the hireguide content files, front matter included
 * @param placeholders templates written because the built-in theme lacks them, e.g. {@code guide.peb}
 */
public record CorpusSummary(int sitePages, Map<String, Integer> counts, long markdownBytes, List<String> placeholders) {

    public CorpusSummary {
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
        placeholders = List.copyOf(placeholders);
    }
}
