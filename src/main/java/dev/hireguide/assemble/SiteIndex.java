package dev.hireguide.assemble;

import dev.hireguide.config.SiteConfig;
import dev.hireguide.content.Audience;
import dev.hireguide.scan.SourceFile;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The assembled site: every page keyed by id, in a map that iterates in id order so that
 * output is the same on every machine, plus the files copied as they are.
 *
 * @param config       the site's settings
 * @param pages        every page by id
 * @param navSections  ids of the top-level sections, in navigation order
 * @param assets       files under content/ that are copied to the same path
 * @param referencedBy for each page id, the ids of the pages whose front matter references it, sorted (links in
 *                     Markdown are known only once it is rendered: see {@link LinkGraph})
 * @param buildDate    the date the build is for (today, or SOURCE_DATE_EPOCH's day), for the age of market data
 * @param audience     who the build is for: a public build holds no internal page or field
 * @param references   resolves references to page ids, for links in Markdown as for front matter
 * @param omitted      ids of pages this build leaves out for its audience (references to them are errors)
 * @param taxonomies   tags and skills with their pages; a taxonomy no page uses is absent
 * @param titleOrder   each page's place in the {@link TitleOrder}, by id
 */
public record SiteIndex(SiteConfig config, Map<String, Page> pages, List<String> navSections,
                        List<SourceFile> assets, Map<String, List<String>> referencedBy, LocalDate buildDate,
                        Audience audience, ReferenceResolver references, Set<String> omitted,
                        List<Taxonomy> taxonomies, Map<String, Integer> titleOrder) {

    /** The id of the home page. */
    public static final String HOME_ID = "";

    public SiteIndex {
        pages = new SortedLookupMap<>(pages);
        navSections = List.copyOf(navSections);
        assets = List.copyOf(assets);
        referencedBy = new SortedLookupMap<>(referencedBy);
        omitted = Collections.unmodifiableSet(new TreeSet<>(omitted));
        taxonomies = List.copyOf(taxonomies);
        titleOrder = Collections.unmodifiableMap(titleOrder);
    }

    /** A site whose {@link TitleOrder} is worked out from its pages. */
    public SiteIndex(SiteConfig config, Map<String, Page> pages, List<String> navSections, List<SourceFile> assets,
                     Map<String, List<String>> referencedBy, LocalDate buildDate, Audience audience,
                     ReferenceResolver references, Set<String> omitted, List<Taxonomy> taxonomies) {
        this(config, pages, navSections, assets, referencedBy, buildDate, audience, references, omitted, taxonomies,
                TitleOrder.of(pages.values()));
    }

    public Optional<Page> page(String id) {
        return Optional.ofNullable(pages.get(id));
    }

    public Page home() {
        return pages.get(HOME_ID);
    }

    /** The taxonomy with this key ({@code tags}, {@code skills}), if any page uses it. */
    public Optional<Taxonomy> taxonomy(String key) {
        return taxonomies.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** The same site with these pages (by id) in place of the ones it has: for edits that change a page's body only. */
    public SiteIndex withPages(Map<String, Page> replaced) {
        Map<String, Page> all = new HashMap<>(pages);
        all.putAll(replaced);
        boolean sameTitles = replaced.values().stream().allMatch(p -> pages.containsKey(p.id())
                && pages.get(p.id()).title().equals(p.title()));
        return new SiteIndex(config, all, navSections, assets, referencedBy, buildDate, audience, references, omitted,
                taxonomies, sameTitles ? titleOrder : TitleOrder.of(all.values()));
    }

    /** The pages whose front matter references {@code id}, sorted by id. */
    public List<String> referencesTo(String id) {
        return referencedBy.getOrDefault(id, List.of());
    }
}
