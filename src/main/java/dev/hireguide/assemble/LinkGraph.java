package dev.hireguide.assemble;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which pages link to which, whichever way they link: references in front matter
 * ({@code frameworks:}, {@code role:}, {@code related:}, …) and links in Markdown (wiki links,
 * links to {@code .md} files and to site paths). Links in Markdown are known once the Markdown is
 * rendered, so the build makes this between rendering Markdown and running templates.
 */
public final class LinkGraph {

    private final Map<String, List<String>> from;
    private final Map<String, List<String>> to;

    private LinkGraph(Map<String, List<String>> from, Map<String, List<String>> to) {
        this.from = from;
        this.to = to;
    }

    /**
     * @param index     the site, whose pages' front matter references count as links
     * @param bodyLinks for each page id, the ids of the pages its Markdown links to
     */
    public static LinkGraph of(SiteIndex index, Map<String, ? extends Collection<String>> bodyLinks) {
        Map<String, TreeSet<String>> out = new TreeMap<>();
        for (Page page : index.pages().values()) {
            TreeSet<String> targets = new TreeSet<>(page.refs().values());
            Collection<String> linked = bodyLinks.get(page.id());
            if (linked != null) {
                targets.addAll(linked);
            }
            targets.remove(page.id());
            targets.retainAll(index.pages().keySet());
            out.put(page.id(), targets);
        }
        Map<String, TreeSet<String>> in = new TreeMap<>();
        out.forEach((source, targets) -> targets.forEach(t -> in.computeIfAbsent(t, k -> new TreeSet<>()).add(source)));
        return new LinkGraph(frozen(out), frozen(in));
    }

    /** A graph of front matter references only, for views made before the Markdown is rendered. */
    public static LinkGraph ofReferences(SiteIndex index) {
        return of(index, Map.of());
    }

    /** The pages that link to {@code id}, sorted by id. */
    public List<String> referencesTo(String id) {
        return to.getOrDefault(id, List.of());
    }

    /** The pages {@code id} links to, sorted by id. */
    public List<String> linksFrom(String id) {
        return from.getOrDefault(id, List.of());
    }

    private static Map<String, List<String>> frozen(Map<String, TreeSet<String>> map) {
        Map<String, List<String>> copy = new TreeMap<>();
        map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }
}
