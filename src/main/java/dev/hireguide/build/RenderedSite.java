package dev.hireguide.build;

import dev.hireguide.check.CheckedPage;
import dev.hireguide.diag.SourcePosition;
import dev.hireguide.output.OutputFile;
import dev.hireguide.output.RelativeUrls;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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

    /** Every path the build writes (in no order: the link check only looks paths up). */
    Set<String> paths() {
        Set<String> paths = new HashSet<>(files.keySet());
        pages.forEach(p -> paths.add(p.page().outputPath()));
        return paths;
    }

    /**
     * The files to write, with the site's own URLs in pages made relative to each page, but not
     * the pages written already (see {@link PageRenderer.HtmlPage#written}). A page's bytes are
     * made as it is written, so that they are garbage as soon as it is on disk rather than a
     * second copy of the whole site held until the last file is written.
     */
    List<OutputFile> outputFiles(String basePath) {
        Map<String, OutputFile> out = new TreeMap<>(files);
        for (PageRenderer.HtmlPage page : pages) {
            if (page.scan() == null) {
                out.put(page.page().outputPath(), output(page, basePath));
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The file written for a page: its HTML, with the site's own URLs made relative to it when it asks for that. */
    static OutputFile output(PageRenderer.HtmlPage page, String basePath) {
        return OutputFile.bytesLater(page.page().outputPath(),
                () -> content(page, page.page().html().getBytes(StandardCharsets.UTF_8), basePath));
    }

    /**
     * What {@link #output} writes for a page, from its HTML already made into UTF-8 (which the
     * link check scans too, when the page is written as soon as it is rendered).
     */
    static byte[] content(PageRenderer.HtmlPage page, byte[] html, String basePath) {
        return content(page, html, basePath, null);
    }

    /** {@link #content(PageRenderer.HtmlPage, byte[], String)}, with where the page has {@code ="} found already, or null. */
    static byte[] content(PageRenderer.HtmlPage page, byte[] html, String basePath, RelativeUrls.Positions quotedEquals) {
        if (!page.relative()) {
            return html;
        }
        String path = page.page().outputPath();
        return RelativeUrls.rewriteUtf8(html, basePath, path.substring(0, path.lastIndexOf('/') + 1), quotedEquals);
    }
}
