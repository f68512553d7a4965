package dev.hireguide.assemble;

import dev.hireguide.config.SiteConfig;
import dev.hireguide.content.Audience;
import dev.hireguide.content.ContentType;
import dev.hireguide.content.PageMeta;
import dev.hireguide.content.PlainData;
import dev.hireguide.content.PageSource;
import dev.hireguide.content.UrlAliases;
import dev.hireguide.diag.Diagnostic;
import dev.hireguide.diag.SourcePosition;
import dev.hireguide.scan.SourceFile;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Builds the {@link SiteIndex} from parsed pages: gives every page an id and a URL, makes a
 * section of every folder (with or without {@code _index.md}), orders each section's pages,
 * and reports pages that would be written to the same URL.
 */
public final class SiteAssembler {

    private SiteAssembler() {
    }

    /** The index, and the problems found while assembling (which do not stop the build's other checks). */
    public record Result(SiteIndex index, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public static Result assemble(SiteConfig config, List<PageSource> sources, List<SourceFile> assets,
                                  boolean includeDrafts, LocalDate today, Audience audience) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, PageSource> indexByFolder = new TreeMap<>();
        Map<String, PageSource> allLeaves = new TreeMap<>();
        for (PageSource source : sources) {
            if (source.meta().isDraft() && !includeDrafts) {
                continue;
            }
            if (source.isIndex()) {
                indexByFolder.put(source.folder(), source);
            } else {
                allLeaves.put(source.relPath().substring(0, source.relPath().length() - 3), source);
            }
        }
        Audiences audiences = new Audiences(indexByFolder, config.pageAudience());

        // Folders come from the pages this build shows, so a section of internal pages leaves no trace.
        Map<String, PageSource> leaves = new TreeMap<>();
        TreeSet<String> folders = new TreeSet<>();
        folders.add("");
        for (Map.Entry<String, PageSource> leaf : allLeaves.entrySet()) {
            if (audience.sees(audiences.of(leaf.getValue()))) {
                leaves.put(leaf.getKey(), leaf.getValue());
                addWithParents(folders, leaf.getValue().folder());
            }
        }
        indexByFolder.forEach((folder, index) -> {
            if (audience.sees(audiences.of(index))) {
                addWithParents(folders, folder);
            }
        });

        Map<String, Page> pages = new HashMap<>();
        Map<String, String> folderPaths = new HashMap<>();
        for (String folder : folders) {  // sorted, so a parent comes before its children
            PageSource index = indexByFolder.get(folder);
            String parent = folder.isEmpty() ? null : parentFolder(folder);
            String path = folder.isEmpty() ? "" : folderPaths.get(parent) + segment(folder, index) + "/";
            folderPaths.put(folder, path);
            PageKind kind = folder.isEmpty() ? PageKind.HOME : PageKind.SECTION;
            PageMeta meta = index != null ? index.meta() : generatedMeta(folder, config);
            pages.put(folder, new Page(folder, kind, ContentType.PAGE, index == null ? "" : index.file(), meta,
                    new PlainData(), index == null ? "" : index.body(), index == null ? 1 : index.bodyFirstLine(),
                    path, parent, List.of(), Map.of(), index == null ? null : index.frontMatter(),
                    audiences.ofFolder(folder), UrlAliases.of(meta, new PlainData())));
        }
        Map<String, Page> hidden = new TreeMap<>();
        for (Map.Entry<String, PageSource> leaf : allLeaves.entrySet()) {
            PageSource source = leaf.getValue();
            String slug = source.meta().slug() != null ? source.meta().slug() : source.baseName();
            String folderPath = folderPaths.getOrDefault(source.folder(), source.folder() + "/");
            Page page = new Page(leaf.getKey(), PageKind.PAGE, source.type(), source.file(), source.meta(),
                    source.data(), source.body(), source.bodyFirstLine(), folderPath + slug + "/", source.folder(),
                    List.of(), Map.of(), source.frontMatter(), audiences.of(source),
                    UrlAliases.of(source.meta(), source.data()));
            (leaves.containsKey(leaf.getKey()) ? pages : hidden).put(leaf.getKey(), page);
        }

        Map<String, List<String>> children = new HashMap<>();
        for (Page page : pages.values()) {
            if (page.parentId() != null) {
                children.computeIfAbsent(page.parentId(), k -> new ArrayList<>()).add(page.id());
            }
        }
        // Worked out once: sections, tag pages, backlinks and related pages are all listed in it.
        Map<String, Integer> titleOrder = TitleOrder.of(pages.values());
        for (Map.Entry<String, List<String>> entry : children.entrySet()) {
            List<String> ordered = inDisplayOrder(entry.getValue(), pages, titleOrder);
            pages.put(entry.getKey(), pages.get(entry.getKey()).withChildren(ordered));
        }

        // The tag and skill pages and the URL check read only the pages as they are now: they are
        // made on another thread while this one resolves references, the second core being idle
        // between parsing and rendering. (A task's join throws again, as an exception of the same
        // type, what the task threw.)
        List<Page> placed = List.copyOf(pages.values());
        ForkJoinTask<Placed> placing = ForkJoinPool.commonPool().submit(() -> {
            List<Taxonomy> made = Taxonomies.of(placed, titleOrder);
            return new Placed(made, collisions(placed, assets, made));
        });
        List<Diagnostic> referenceProblems = new ArrayList<>();
        List<Page> resolvable = new ArrayList<>(pages.values());
        resolvable.addAll(hidden.values());
        ReferenceResolver resolver = new ReferenceResolver(resolvable);
        // Leaves come in id order, so each target's list of the pages that reference it is in id
        // order as it is made (a TreeSet per target cost a big site a look-up by comparing ids per
        // reference); a page that references a target twice comes twice in a row.
        Map<String, List<String>> referencedBy = new HashMap<>();
        for (Map.Entry<String, PageSource> leaf : leaves.entrySet()) {
            PageSource source = leaf.getValue();
            Map<String, String> resolved = new TreeMap<>();
            for (ReferenceField field : ReferenceField.of(source.meta(), source.data())) {
                ReferenceResolver.Resolution resolution = resolver.resolve(field.reference(), field.expected());
                String target = resolution.id().orElse(null);
                if (target == null) {
                    referenceProblems.add(Diagnostic.error(source.frontMatter().positionOf(field.pointer()),
                            resolution.problem(), resolution.hint()));
                } else if (hidden.containsKey(target)) {
                    // Dropping the link silently would break the page; the editor must decide.
                    referenceProblems.add(Diagnostic.error(source.frontMatter().positionOf(field.pointer()),
                            "this " + audience.key() + " page references `" + field.reference()
                                    + "`, which is internal", "mark this page `audience: internal`, or remove the reference"));
                } else {
                    resolved.put(field.reference(), target);
                    if (!target.equals(leaf.getKey())) {
                        List<String> from = referencedBy.computeIfAbsent(target, k -> new ArrayList<>());
                        if (from.isEmpty() || !from.get(from.size() - 1).equals(leaf.getKey())) {
                            from.add(leaf.getKey());
                        }
                    }
                }
            }
            pages.put(leaf.getKey(), pages.get(leaf.getKey()).withRefs(resolved));
            referenceProblems.addAll(MarketAge.check(source, config.staleAfterMonths(), today));
        }
        Placed checked = placing.join();
        diagnostics.addAll(checked.collisions());
        diagnostics.addAll(referenceProblems);
        List<String> nav = pages.get(SiteIndex.HOME_ID).childIds().stream()
                .filter(id -> pages.get(id).kind() == PageKind.SECTION).toList();
        Map<String, List<String>> backlinks = new TreeMap<>();
        referencedBy.forEach((target, from) -> backlinks.put(target, List.copyOf(from)));
        return new Result(new SiteIndex(config, pages, nav, assets, backlinks, today, audience, resolver,
                hidden.keySet(), checked.taxonomies(), titleOrder), diagnostics);
    }

    /** Lower weight first, pages without a weight after, then by title, then by id to break ties. */
    private static List<String> inDisplayOrder(List<String> ids, Map<String, Page> pages, Map<String, Integer> titleOrder) {
        // Each page's keys looked up once: a section has thousands of pages, and a comparator that
        // looked both pages up at every comparison took 0.2 s of a 50,000-page build (70 ms now).
        List<DisplayKey> keys = new ArrayList<>(ids.size());
        for (String id : ids) {
            keys.add(new DisplayKey(id, pages.get(id).meta().weight(), titleOrder.get(id)));
        }
        keys.sort(DisplayKey.ORDER);
        List<String> sorted = new ArrayList<>(keys.size());
        keys.forEach(key -> sorted.add(key.id()));
        return sorted;
    }

    /** What a page is listed by in its section: its weight (none last), then its place in title order. */
    private record DisplayKey(String id, Integer weight, int place) {
        static final Comparator<DisplayKey> ORDER = Comparator
                .comparing(DisplayKey::weight, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(DisplayKey::place);
    }

    /** The tag and skill taxonomies, and the problems of pages, aliases and files at one URL. */
    private record Placed(List<Taxonomy> taxonomies, List<Diagnostic> collisions) {
    }

    /** One file of the output and who asks for it, for the collision check. */
    private record Claim(String output, String file, SourcePosition at, String alias) {
    }

    /**
     * Two outputs at one URL is an error, including URLs that differ only in letter case or in
     * Unicode normalisation, since case-insensitive file systems and browsers would mix them up.
     * Pages and files come first; an old URL in {@code aliases:} that another output or alias
     * already has is reported at the alias; so is a page at a URL the tag or skill pages need.
     */
    private static List<Diagnostic> collisions(Iterable<Page> pages, List<SourceFile> assets, List<Taxonomy> taxonomies) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Claim> outputs = new ArrayList<>();
        List<Claim> aliases = new ArrayList<>();
        for (Page page : pages) {
            outputs.add(new Claim(page.outputPath(), page.displayFile(), SourcePosition.of(page.displayFile()), null));
            for (UrlAliases.Alias alias : page.aliases()) {
                aliases.add(new Claim(alias.outputPath(), page.displayFile(), page.positionOf(alias.pointer()),
                        alias.written()));
            }
        }
        for (SourceFile asset : assets) {
            outputs.add(new Claim(asset.relPath(), asset.displayPath(), SourcePosition.of(asset.displayPath()), null));
        }
        Comparator<Claim> order = Comparator.comparing(Claim::file).thenComparingInt(c -> c.at().line());
        outputs.sort(order);
        aliases.sort(order);
        Map<String, Claim> claimed = new TreeMap<>();
        for (Claim claim : outputs) {
            Claim first = claimed.putIfAbsent(key(claim.output()), claim);
            if (first != null) {
                diagnostics.add(Diagnostic.error(claim.at(), "this page has the same URL as " + first.file()
                        + " (/" + claim.output().replace("index.html", "") + ")",
                        "rename one of the files or give it another `slug:`"));
            }
        }
        for (Claim alias : aliases) {
            Claim first = claimed.putIfAbsent(key(alias.output()), alias);
            if (first == null) {
                continue;
            }
            String other = first.alias() != null
                    ? (first.file().equals(alias.file()) ? "listed twice" : "also an alias of " + first.file())
                    : first.file().equals(alias.file()) ? "this page's own URL" : "the URL of " + first.file();
            diagnostics.add(Diagnostic.error(alias.at(), "alias `" + alias.alias() + "` is " + other,
                    first.alias() != null && first.file().equals(alias.file()) ? "remove one of them"
                            : "two pages cannot share a URL: remove the alias, or move the other page"));
        }
        // The 404 page, and the search page unless a page has its address, are made by
        // hireguide; a redirect page at either would be lost (files at their paths: filesAtMadePaths).
        // A page at /search/ is its own claim, which an alias there has met in the loop above.
        Map<String, String> madePages = new TreeMap<>(Map.of("404.html", "404 page", "search/index.html", "search page"));
        madePages.forEach((output, what) -> {
            Claim claim = claimed.get(key(output));
            if (claim != null && claim.alias() != null) {
                diagnostics.add(Diagnostic.error(claim.at(), "alias `" + claim.alias() + "` is the URL of the generated "
                        + what + " /" + output.replace("index.html", ""),
                        "hireguide writes that page itself: remove the alias"));
            }
        });
        diagnostics.addAll(filesAtMadePaths(pages, assets, claimed.values()));
        for (Taxonomy taxonomy : taxonomies) {
            List<String> generated = new ArrayList<>(List.of(taxonomy.path() + "index.html"));
            taxonomy.terms().forEach(t -> generated.add(t.path() + "index.html"));
            for (String output : generated) {
                Claim claim = claimed.get(key(output));
                if (claim != null) {
                    String what = claim.alias() != null ? "alias `" + claim.alias() + "` is" : "this page has";
                    diagnostics.add(Diagnostic.error(claim.at(), what + " the URL of the generated " + taxonomy.key()
                            + " page /" + output.replace("index.html", ""),
                            "/" + taxonomy.path() + " is made by hireguide from the pages' `" + taxonomy.key()
                                    + ":`; move this page elsewhere"));
                }
            }
        }
        return diagnostics;
    }

    /**
     * The files hireguide writes at fixed paths, by {@link #key}: the 404 page, the search page
     * (unless a page has its address), the sitemap, robots.txt, the search index's manifest and
     * facets, and each role's job description. (The names are those the output, search and
     * template stages write.)
     */
    private static Map<String, Made> madeFiles(Iterable<Page> pages) {
        List<Made> files = new ArrayList<>(List.of(new Made("404.html", "the 404 page"),
                new Made("sitemap.xml", "the sitemap"), new Made("robots.txt", "robots.txt"),
                new Made("search/manifest.js", "the search index"), new Made("search/facets.js", "the search index")));
        if (!hasSearchAddress(pages)) {
            files.add(new Made("search/index.html", "the search page"));
        }
        for (Page page : pages) {
            if (page.type() == ContentType.ROLE) {
                for (String name : List.of("job-description.txt", "job-description.md")) {
                    files.add(new Made(page.path() + name, "the job description of " + page.displayFile()));
                }
            }
        }
        Map<String, Made> made = new HashMap<>();
        files.forEach(file -> made.put(key(file.path()), file));
        return made;
    }

    /** Whether a page has exactly the search page's address, so that the build makes no search page. */
    private static boolean hasSearchAddress(Iterable<Page> pages) {
        for (Page page : pages) {
            if (page.path().equals("search/")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Outputs the build's own files would replace, or could not be written beside: a file of
     * {@code content/} at the path of a file hireguide writes itself, a page, alias or file inside
     * a folder named like one (content/robots.txt/a.png), and a page at the search page's address
     * in other letter case, which would stand beside it.
     */
    private static List<Diagnostic> filesAtMadePaths(Iterable<Page> pages, List<SourceFile> assets,
                                                     Collection<Claim> claims) {
        Map<String, Made> made = madeFiles(pages);
        List<Diagnostic> diagnostics = new ArrayList<>();
        boolean searchPageMade = !hasSearchAddress(pages);
        String searchPage = key("search/index.html");
        Set<String> pageOutputs = new HashSet<>();
        for (Page page : pages) {
            String output = key(page.outputPath());
            pageOutputs.add(output);
            if (searchPageMade && output.equals(searchPage)) {
                boolean slug = page.meta() != null && page.meta().slug() != null;
                diagnostics.add(Diagnostic.error(slug ? page.positionOf("/slug") : SourcePosition.of(page.displayFile()),
                        "this page's URL /" + page.path() + " differs only in letter case from the search page "
                                + "hireguide writes at /search/",
                        (slug ? "write the slug `search`" : "name its folder or file `search`")
                                + " to put this page in the search page's place, or move it"));
            }
        }
        for (SourceFile asset : assets) {
            String path = key(asset.relPath());
            if (pageOutputs.contains(path)) {
                continue;  // reported already: a page has this URL
            }
            Made file = made.get(path);
            // The index's chunks and tables (search/d/0.js, search/s/t-a.js…); other files there are the site's.
            if (file == null && (path.startsWith("search/d/") || path.startsWith("search/s/")) && path.endsWith(".js")) {
                file = new Made(asset.relPath(), "the search index");
            }
            if (file != null) {
                diagnostics.add(Diagnostic.error(SourcePosition.of(asset.displayPath()),
                        "hireguide writes " + file.what() + " at /" + file.path() + ", which would replace this file",
                        "rename or move this file; the build makes that one itself"));
            }
        }
        for (Claim claim : claims) {
            String path = key(claim.output());
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                Made file = made.get(path.substring(0, slash));
                if (file != null) {
                    String what = claim.alias() != null ? "alias `" + claim.alias() + "`" : "/" + claim.output();
                    diagnostics.add(Diagnostic.error(claim.at(), what + " needs a folder /" + file.path()
                            + "/, where hireguide writes " + file.what(), "rename or move it; the build makes that file itself"));
                    break;
                }
            }
        }
        return diagnostics;
    }

    /** A file the build writes, and what it is. */
    private record Made(String path, String what) {
    }

    private static String key(String output) {
        // ASCII is its own normal form: most paths need no normalizer, which costs far more.
        for (int i = 0; i < output.length(); i++) {
            if (output.charAt(i) >= 0x80) {
                return Normalizer.normalize(output, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
            }
        }
        return output.toLowerCase(Locale.ROOT);
    }

    private static String segment(String folder, PageSource index) {
        if (index != null && index.meta().slug() != null) {
            return index.meta().slug();
        }
        return folder.substring(folder.lastIndexOf('/') + 1);
    }

    private static PageMeta generatedMeta(String folder, SiteConfig config) {
        String title = folder.isEmpty() ? config.title() : titleOf(folder.substring(folder.lastIndexOf('/') + 1));
        return new PageMeta(title, "", null, null, false, List.of(), null, null, null, null, List.of(), null, List.of(),
                true);
    }

    /** {@code interview-questions} becomes {@code Interview questions}: the title of a folder or new page. */
    public static String titleOf(String name) {
        String words = name.replace('-', ' ').replace('_', ' ').strip();
        return words.isEmpty() ? name : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String parentFolder(String folder) {
        int slash = folder.lastIndexOf('/');
        return slash < 0 ? "" : folder.substring(0, slash);
    }

    private static void addWithParents(TreeSet<String> folders, String folder) {
        while (!folder.isEmpty() && folders.add(folder)) {
            folder = parentFolder(folder);
        }
    }
}
