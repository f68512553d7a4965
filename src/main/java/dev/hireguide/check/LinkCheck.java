package dev.hireguide.check;

import dev.hireguide.diag.Diagnostic;
import dev.hireguide.diag.SourcePosition;
import dev.hireguide.diag.Suggestions;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

/**
 * Checks the rendered site before it is written: every internal {@code href} and {@code src}
 * leads to a file the build writes, every {@code #fragment} to an element id in that file, and
 * no page repeats an id. External URLs are not fetched (builds run offline) but must be well
 * formed: absolute, with a host. A problem is reported where the link was written (the
 * Markdown's line and column, or a template's {@code url()} call); a link that cannot be traced
 * is reported at the page's file, naming the template.
 *
 * <p>Work in two steps so the build can spread each over its workers: {@link #scan} every page,
 * then {@link #check} every page against all the scans.
 */
public final class LinkCheck {

    private final String basePath;
    private final String baseUrl;
    private final Set<String> files;
    private final Map<String, HtmlScanner.Scan> scans = new HashMap<>();
    /** What {@link #resolveOnce} found for each URL whose page makes no difference: a {@link Broken}, or {@link #LEADS_SOMEWHERE}. */
    private final ConcurrentHashMap<String, Object> resolved = new ConcurrentHashMap<>();
    private static final Object LEADS_SOMEWHERE = new Object();
    private volatile List<String> suggestions;

    /**
     * @param basePath the site's base path, {@code /} or {@code /hiring/}
     * @param baseUrl  the site's absolute URL, ending in {@code /}; links to it count as internal
     * @param files    every file the build writes, by output path
     */
    public LinkCheck(String basePath, String baseUrl, Set<String> files) {
        this.basePath = basePath;
        this.baseUrl = baseUrl;
        this.files = Set.copyOf(files);
    }

    /** What the scan of one page found; opaque to callers. */
    public static final class PageScan {
        private final HtmlScanner.Scan scan;

        private PageScan(HtmlScanner.Scan scan) {
            this.scan = scan;
        }
    }

    /** The scan of a page that could not be scanned: nothing found. */
    public static PageScan unscanned() {
        return new PageScan(new HtmlScanner.Scan(List.of(), List.of()));
    }

    /** Step one, for every page and in any order or thread: find its ids, links and images. */
    public static PageScan scan(CheckedPage page) {
        return scan(page, new ScanStrings());
    }

    /**
     * {@link #scan(CheckedPage)}, keeping one instance of each id, link and image in {@code shared}
     * for all the pages scanned with it.
     */
    public static PageScan scan(CheckedPage page, ScanStrings shared) {
        return scanUtf8(page.html().getBytes(StandardCharsets.UTF_8), shared);
    }

    /** {@link #scan(CheckedPage, ScanStrings)} of a page's HTML already made into UTF-8, as it is written. */
    public static PageScan scanUtf8(byte[] html, ScanStrings shared) {
        return new PageScan(HtmlScanner.scan(html, shared));
    }

    /**
     * {@link #scanUtf8(byte[], ScanStrings)}, telling {@code quotedEquals} where the page has
     * {@code ="}, in order: for the rewrite of its URLs as it is written, which then need not read
     * the page again.
     */
    public static PageScan scanUtf8(byte[] html, ScanStrings shared, IntConsumer quotedEquals) {
        return new PageScan(HtmlScanner.scan(html, shared, quotedEquals));
    }

    /** Whether two scans found the same ids, so that links to the page's fragments resolve the same. */
    public static boolean sameIds(PageScan a, PageScan b) {
        return a.scan.ids().equals(b.scan.ids());
    }

    /** Between the steps: the scans of all pages, which {@link #check} looks fragments up in. */
    public LinkCheck withScans(List<CheckedPage> pages, List<PageScan> pageScans) {
        for (int i = 0; i < pages.size(); i++) {
            scans.put(pages.get(i).outputPath(), pageScans.get(i).scan);
        }
        // A fragment's target may have new ids.
        resolved.clear();
        return this;
    }

    /** A problem found on one page, before problems in the same template on many pages are merged. */
    public record Problem(Diagnostic diagnostic, String template, String url, String page) {
    }

    /** Step two, for every page and in any thread: the page's problems. */
    public List<Problem> check(CheckedPage page, PageScan pageScan) {
        List<Problem> problems = new ArrayList<>();
        duplicateIds(page, pageScan.scan, problems);
        // Where each URL was written matters only for a broken one: gathered at the first.
        Map<String, List<CheckedPage.Origin>> origins = null;
        String dir = page.outputPath().substring(0, page.outputPath().lastIndexOf('/') + 1);
        Set<String> seen = new HashSet<>();
        for (HtmlScanner.Attribute attribute : pageScan.scan.urls()) {
            String url = Entities.decode(attribute.value());
            if (!seen.add(url)) {
                continue;
            }
            Broken broken = resolveOnce(url, dir, page.outputPath());
            if (broken == null) {
                continue;
            }
            if (origins == null) {
                origins = new HashMap<>();
                for (CheckedPage.Origin origin : page.origins()) {
                    origins.computeIfAbsent(origin.url(), k -> new ArrayList<>()).add(origin);
                }
            }
            List<CheckedPage.Origin> from = origins.get(url);
            if (from != null) {
                for (CheckedPage.Origin origin : from) {
                    problems.add(new Problem(Diagnostic.error(origin.position(),
                            "broken " + origin.what() + " `" + url + "`: " + broken.problem, broken.hint), "", url, ""));
                }
            } else {
                String made = page.template().isEmpty() ? "" : " (made by template `" + page.template() + "`)";
                problems.add(new Problem(Diagnostic.error(page.source(), "broken link `" + url + "`" + made + ": "
                        + broken.problem, broken.hint), page.template(), url, "/" + dir));
            }
        }
        return problems;
    }

    /**
     * Every problem as diagnostics. A link a template makes the same way on several pages is one
     * problem of the template, reported once at its file rather than at every page.
     */
    public static List<Diagnostic> report(List<Problem> problems, Map<String, SourcePosition> templateFiles) {
        Map<String, List<Problem>> byTemplate = new LinkedHashMap<>();
        List<Diagnostic> out = new ArrayList<>();
        for (Problem problem : problems) {
            if (problem.template().isEmpty()) {
                out.add(problem.diagnostic());
            } else {
                byTemplate.computeIfAbsent(problem.template() + "\n" + problem.diagnostic().message(),
                        k -> new ArrayList<>()).add(problem);
            }
        }
        for (List<Problem> same : byTemplate.values()) {
            Problem first = same.get(0);
            SourcePosition template = templateFiles.get(first.template());
            if (same.size() == 1 || template == null) {
                same.forEach(p -> out.add(p.diagnostic()));
            } else {
                TreeSet<String> pages = new TreeSet<>();
                same.forEach(p -> pages.add(p.page()));
                out.add(Diagnostic.error(template, first.diagnostic().message() + " (on " + same.size() + " pages, such as "
                        + pages.first() + ")", first.diagnostic().hint()));
            }
        }
        return out;
    }

    private record Broken(String problem, String hint) {
    }

    private void duplicateIds(CheckedPage page, HtmlScanner.Scan scan, List<Problem> problems) {
        // Nearly every page repeats none: a set finds that; the counts in order are for the report.
        Set<String> distinct = new HashSet<>();
        boolean repeated = false;
        for (String id : scan.ids()) {
            repeated |= !distinct.add(id);
        }
        if (!repeated) {
            return;
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (String id : scan.ids()) {
            counts.merge(id, 1, Integer::sum);
        }
        counts.forEach((id, count) -> {
            if (count < 2) {
                return;
            }
            SourcePosition heading = page.anchors().get(id);
            String where = "/" + page.outputPath().replace("index.html", "");
            String message = "duplicate id `" + id + "`: " + count + " elements on " + where + " have it";
            if (heading != null) {
                problems.add(new Problem(Diagnostic.error(heading, message,
                        "the template or another part of the page uses this id too; reword the heading"), "", id, ""));
            } else {
                String made = page.template().isEmpty() ? "" : " (made by template `" + page.template() + "`)";
                problems.add(new Problem(Diagnostic.error(page.source(), message + made,
                        "ids must be unique in a page; rename one of them"), page.template(), id, where));
            }
        });
    }

    /**
     * {@link #resolve}, looked up once per URL for the site's whole check when the page it is on
     * makes no difference: a site path or an absolute URL, which most links of every page are
     * (the navigation, the styles and scripts, links to other pages). A fragment of the page
     * itself and a path relative to the page's folder are resolved every time.
     */
    private Broken resolveOnce(String url, String dir, String self) {
        if (!dependsOnPage(url)) {
            Object known = resolved.get(url);
            if (known == null) {
                Broken broken = resolve(url, dir, self);
                known = broken == null ? LEADS_SOMEWHERE : broken;
                resolved.putIfAbsent(url, known);
            }
            return known == LEADS_SOMEWHERE ? null : (Broken) known;
        }
        return resolve(url, dir, self);
    }

    /**
     * Whether a link or image as written in a page ({@code &amp;} not yet decoded) is a site path
     * to one of this check's files, from whatever page it is on: one that {@link #check} would find
     * good. Only site paths without a fragment are answered (a fragment needs the target's ids,
     * which this check may not have); anything else is false, and left to the check. No hint is
     * made for a path that leads nowhere: this runs once for every link of the site. Thread-safe.
     */
    public boolean leadsSomewhereFromAnyPage(String written) {
        String u = Entities.decode(written).strip();
        // As resolve() reads a site path; "//host/x" is an external link there.
        if (!u.startsWith(basePath) || u.startsWith("//") || u.indexOf('#') >= 0) {
            return false;
        }
        String target = u.substring(basePath.length());
        int query = target.indexOf('?');
        target = UrlText.decode(query < 0 ? target : target.substring(0, query));
        return files.contains(target.isEmpty() || target.endsWith("/") ? target + "index.html" : target);
    }

    /** {@link #leadsSomewhereFromAnyPage} for links as a page's bytes hold them, where it can tell without decoding them. */
    WrittenPaths writtenPaths() {
        return new WrittenPaths(basePath, files);
    }

    /** Whether {@link #resolve} reads the page's folder or path for {@code url}: a fragment or a relative path. */
    private static boolean dependsOnPage(String url) {
        String u = url.strip();
        if (u.isEmpty() || u.startsWith("/")) {
            return false;
        }
        if (u.startsWith("#")) {
            return true;
        }
        int colon = u.indexOf(':');
        int slash = UrlText.indexOfAny(u, "/?#");
        return !(colon > 0 && (slash < 0 || colon < slash));
    }

    /** Null when the URL leads somewhere; else what is wrong with it. */
    private Broken resolve(String url, String dir, String self) {
        String u = url.strip();
        if (u.isEmpty()) {
            return null;
        }
        if (u.startsWith("#")) {
            return fragment(self, u.substring(1));
        }
        if (u.startsWith("//")) {
            return external("https:" + u, u);
        }
        String path;
        int colon = u.indexOf(':');
        int slash = UrlText.indexOfAny(u, "/?#");
        if (colon > 0 && (slash < 0 || colon < slash)) {
            String scheme = u.substring(0, colon).toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return null;  // mailto:, tel:, data: images: nothing to look up
            }
            if (!u.startsWith(baseUrl)) {
                return external(u, u);
            }
            path = u.substring(baseUrl.length());
        } else if (u.startsWith("/")) {
            if (!u.startsWith(basePath)) {
                return new Broken("it is outside the site's base path " + basePath,
                        "in a template, make site links with url('…'); in Markdown, start them with /");
            }
            path = u.substring(basePath.length());
        } else {
            path = UrlText.normalize(dir + u);
            if (path == null) {
                return new Broken("it leads above the site's top folder", "remove a `../`");
            }
        }
        int hash = path.indexOf('#');
        String fragment = hash < 0 ? null : path.substring(hash + 1);
        String target = hash < 0 ? path : path.substring(0, hash);
        int query = target.indexOf('?');
        target = UrlText.decode(query < 0 ? target : target.substring(0, query));
        String file = target.isEmpty() || target.endsWith("/") ? target + "index.html" : target;
        if (!files.contains(file)) {
            if (files.contains(target + "/index.html")) {
                return new Broken("/" + target + " is a folder; its page is /" + target + "/",
                        "end the link with `/`: `" + u.replace(target, target + "/") + "`");
            }
            return new Broken("nothing is written at /" + target, Suggestions.closest("/" + target, suggestions())
                    .map(s -> "did you mean `" + s + "`?").orElse("check the path: pages are at /section/page/"));
        }
        return fragment == null ? null : fragment(file, fragment);
    }

    private Broken fragment(String file, String fragment) {
        String id = UrlText.decode(fragment);
        HtmlScanner.Scan target = scans.get(file);
        if (id.isEmpty() || id.equalsIgnoreCase("top") || target == null || target.ids().contains(id)) {
            return null;  // files the build copies are not scanned, so their ids are not known
        }
        String where = "/" + file.replace("index.html", "");
        return new Broken(where + " has no element with id `" + id + "`",
                Suggestions.closest(id, new TreeSet<>(target.ids())).map(s -> "did you mean `#" + s + "`?")
                        .orElse("link to an id the page has: a heading's (`## Salary` has `salary`) or a question's"));
    }

    private static Broken external(String url, String written) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                return new Broken("an external link needs a host, as in https://example.com/page",
                        "write the full address, starting with https://");
            }
            return null;
        } catch (URISyntaxException e) {
            return new Broken("`" + written + "` is not a well-formed URL (" + e.getReason() + ")",
                    "write the full address, with spaces and other special characters percent-encoded");
        }
    }

    /** Every page's and file's path, for "did you mean" hints; made on the first broken link only. */
    private List<String> suggestions() {
        List<String> list = suggestions;
        if (list == null) {
            Set<String> paths = new TreeSet<>();
            for (String file : files) {
                paths.add("/" + (file.endsWith("index.html") ? file.substring(0, file.length() - "index.html".length()) : file));
            }
            list = List.copyOf(paths);
            suggestions = list;
        }
        return list;
    }

}
