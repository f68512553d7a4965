package dev.hireguide.assemble;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LinkGraphTest {

    @Test
    void linksBothWaysSortedByIdWithoutSelfLinksOrMissingPages() {
        SiteIndex index = site(Map.of(
                "roles/b", Map.of("framework", "frameworks/x", "self", "roles/b", "gone", "frameworks/none"),
                "roles/a", Map.of("framework", "frameworks/x"),
                "frameworks/x", Map.of()));
        LinkGraph graph = LinkGraph.of(index, Map.of(
                "frameworks/x", Set.of("roles/b", "roles/a", "frameworks/x"),
                "roles/a", Set.of("frameworks/x", "roles/b"),
                "not/a/page", Set.of("roles/a")));
        assertEquals(List.of("roles/a", "roles/b"), graph.linksFrom("frameworks/x"));
        assertEquals(List.of("frameworks/x", "roles/b"), graph.linksFrom("roles/a"));
        assertEquals(List.of("frameworks/x"), graph.linksFrom("roles/b"));
        assertEquals(List.of("roles/a", "roles/b"), graph.referencesTo("frameworks/x"));
        assertEquals(List.of("frameworks/x"), graph.referencesTo("roles/a"));
        assertEquals(List.of("frameworks/x", "roles/a"), graph.referencesTo("roles/b"));
        assertEquals(List.of(), graph.referencesTo("not/a/page"));
        assertEquals(List.of(), graph.linksFrom("not/a/page"));
        // Front matter only: roles/a's Markdown link to roles/b is not there.
        assertEquals(List.of(), LinkGraph.ofReferences(index).referencesTo("roles/a"));
        assertEquals(List.of("roles/a", "roles/b"), LinkGraph.ofReferences(index).referencesTo("frameworks/x"));
    }

    /** Random sites against the straightforward way: sorted sets of ids, filled page by page. */
    @Test
    void agreesWithSortedSetsOnRandomSites() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<String> ids = new ArrayList<>();
            int size = 1 + random.nextInt(60);
            for (int i = 0; i < size; i++) {
                ids.add(randomId(random));
            }
            Map<String, Map<String, String>> refs = new HashMap<>();
            Map<String, Set<String>> bodies = new HashMap<>();
            for (String id : ids) {
                Map<String, String> pageRefs = new HashMap<>();
                for (int r = random.nextInt(5); r > 0; r--) {
                    pageRefs.put("ref" + r, random.nextInt(8) == 0 ? randomId(random) : ids.get(random.nextInt(size)));
                }
                refs.put(id, pageRefs);
                Set<String> linked = new TreeSet<>();
                // Now and then more links than the graph's first buffer holds.
                for (int r = random.nextInt(random.nextInt(10) == 0 ? 40 : 6); r > 0; r--) {
                    linked.add(random.nextInt(8) == 0 ? randomId(random) : ids.get(random.nextInt(size)));
                }
                bodies.put(random.nextInt(10) == 0 ? randomId(random) : id, linked);
            }
            SiteIndex index = site(refs);
            LinkGraph graph = LinkGraph.of(index, bodies);
            Map<String, TreeSet<String>> out = new TreeMap<>();
            Map<String, TreeSet<String>> in = new TreeMap<>();
            for (Page page : index.pages().values()) {
                TreeSet<String> targets = new TreeSet<>(page.refs().values());
                targets.addAll(bodies.getOrDefault(page.id(), Set.of()));
                targets.remove(page.id());
                targets.retainAll(index.pages().keySet());
                out.put(page.id(), targets);
                targets.forEach(t -> in.computeIfAbsent(t, k -> new TreeSet<>()).add(page.id()));
            }
            for (String id : refs.keySet()) {
                assertEquals(List.copyOf(out.get(id)), graph.linksFrom(id), id);
                assertEquals(List.copyOf(in.getOrDefault(id, new TreeSet<>())), graph.referencesTo(id), id);
            }
        }
    }

    /** Ids that share prefixes, as a site's do. */
    private static String randomId(Random random) {
        String[] sections = {"questions/", "roles/", "guides/", ""};
        return sections[random.nextInt(sections.length)] + "p" + random.nextInt(40);
    }

    private static SiteIndex site(Map<String, Map<String, String>> refs) {
        Map<String, Page> pages = new HashMap<>();
        refs.forEach((id, pageRefs) -> pages.put(id, new Page(id, null, null, id + ".md", null, null, "", 0,
                id + "/", null, List.of(), pageRefs, null, null, List.of())));
        return new SiteIndex(null, pages, List.of(), List.of(), Map.of(), null, null, null, Set.of(), List.of(), Map.of());
    }
}
