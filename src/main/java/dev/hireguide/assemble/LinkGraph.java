package dev.hireguide.assemble;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        // Pages by their place in id order: a sorted array of places is a sorted list of ids, and
        // comparing ints is far cheaper than comparing ids that share long prefixes.
        String[] ids = index.pages().keySet().toArray(String[]::new);
        Map<String, Integer> places = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            places.put(ids[i], i);
        }
        Map<String, List<String>> from = new HashMap<>(ids.length * 2);
        List<List<String>> to = new ArrayList<>(Collections.nCopies(ids.length, null));
        int[] targets = new int[16];
        int place = 0;
        for (Page page : index.pages().values()) {
            Collection<String> refs = page.refs().values();
            Collection<String> linked = bodyLinks.get(page.id());
            if (linked == null) {
                linked = List.of();
            }
            if (targets.length < refs.size() + linked.size()) {
                targets = new int[refs.size() + linked.size()];
            }
            int count = addPlaces(refs, places, place, targets, 0);
            count = addPlaces(linked, places, place, targets, count);
            Arrays.sort(targets, 0, count);
            List<String> out = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int target = targets[i];
                if (i > 0 && target == targets[i - 1]) {
                    continue;
                }
                out.add(ids[target]);
                // Sources come in id order, so each page's list of sources is sorted as it grows.
                List<String> sources = to.get(target);
                if (sources == null) {
                    sources = new ArrayList<>();
                    to.set(target, sources);
                }
                sources.add(page.id());
            }
            from.put(page.id(), List.copyOf(out));
            place++;
        }
        Map<String, List<String>> in = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            if (to.get(i) != null) {
                in.put(ids[i], List.copyOf(to.get(i)));
            }
        }
        return new LinkGraph(Collections.unmodifiableMap(from), Collections.unmodifiableMap(in));
    }

    /** Adds the places of the pages among {@code ids} (but the page at {@code self}) to {@code into} from {@code at}. */
    private static int addPlaces(Collection<String> ids, Map<String, Integer> places, int self, int[] into, int at) {
        for (String id : ids) {
            Integer place = places.get(id);
            if (place != null && place != self) {
                into[at++] = place;
            }
        }
        return at;
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
}
