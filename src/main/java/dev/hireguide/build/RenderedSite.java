package dev.hireguide.build;

import dev.hireguide.check.CheckedPage;
import dev.hireguide.diag.SourcePosition;
import dev.hireguide.output.OutputFile;
import dev.hireguide.output.RelativeUrls;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rendered site before it is checked and written: the HTML pages, with the site's own URLs
 * still as site paths so the link check reads them as the templates and Markdown made them, and
 * every other file.
 *
 * @param pages         the HTML pages, each marked whether its URLs are made relative when written
 * @param files         every other output file by path: static theme files, content files, sitemap, …
 * @param templateFiles where each template is, for problems a template makes on many pages
 */
record RenderedSite(List<PageRenderer.HtmlPage> pages, Map<String, OutputFile> files,
                    Map<String, SourcePosition> templateFiles) {

    RenderedSite {
        pages = List.copyOf(pages);
        files = new TreeMap<>(files);
        templateFiles = Map.copyOf(templateFiles);
    }

    static RenderedSite empty() {
        return new RenderedSite(List.of(), Map.of(), Map.of());
    }

    List<CheckedPage> checkedPages() {
        return pages.stream().map(PageRenderer.HtmlPage::page).toList();
    }

    /** Every path the build writes. */
    TreeSet<String> paths() {
        TreeSet<String> paths = new TreeSet<>(files.keySet());
        pages.forEach(p -> paths.add(p.page().outputPath()));
        return paths;
    }

    /** The files to write, with the site's own URLs in pages made relative to each page (on the workers). */
    List<OutputFile> outputFiles(String basePath, Workers workers) {
        Map<String, OutputFile> out = new TreeMap<>(files);
        List<OutputFile> html = workers.map(pages, page -> output(page, basePath), LIMIT, (page, error) -> {
            throw new IllegalStateException("making the links of " + page.page().outputPath() + " relative failed", error);
        });
        html.forEach(file -> out.put(file.path(), file));
        return new ArrayList<>(out.values());
    }

    /** The file written for a page: its HTML, with the site's own URLs made relative to it when it asks for that. */
    static OutputFile output(PageRenderer.HtmlPage page, String basePath) {
        String path = page.page().outputPath();
        String text = page.relative()
                ? RelativeUrls.rewrite(page.page().html(), basePath, path.substring(0, path.lastIndexOf('/') + 1))
                : page.page().html();
        return OutputFile.text(path, text);
    }

    private static final java.time.Duration LIMIT = java.time.Duration.ofSeconds(10);
}
