package dev.hireguide.build;

import dev.hireguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Script payloads written into every field that reaches a page come out harmless wherever they
 * land: titles, meta tags, headings, navigation, breadcrumbs, lists, tooltips, typed fields,
 * JSON inside scripts, the sitemap and downloads.
 */
class PayloadTest {

    private static final String P = "</script><img src=x onerror=alert(1)>\\\"'><svg onload=alert(2)>";
    /** What must never appear in any output file. */
    private static final List<String> DANGEROUS = List.of("<img src=x", "<svg onload", "onerror=alert(1)>",
            "</script><img", "href=\"javascript:", "src=\"javascript:");

    @TempDir
    Path dir;

    @Test
    void payloadsInContentComeOutHarmlessEverywhere() {
        String q = "\"" + P + "\"";
        TestSite site = TestSite.minimal(dir)
                .write("content/articles/_index.md", "---\ntitle: " + q + "\ndescription: " + q + "\n---\n# " + P + "\n")
                .write("content/articles/a.md", "---\ntitle: " + q + "\ndescription: " + q + "\ntags: [" + q + "]\n---\n"
                        + "## " + P + "\n\n" + P + "\n\n[x](javascript:alert(1)) [y](JaVaScRiPt:alert(1))\n")
                .write("content/frameworks/fw.md", "---\ntitle: " + q + "\nname: " + q + "\nsummary: " + q
                        + "\nstrengths: [" + q + "]\n---\n")
                .write("content/glossary/term.md", "---\ntitle: Term\nterm: Payload\nshort: " + q + "\nwhy_it_matters: " + q + "\n---\n"
                        + P + "\n")
                .write("content/roles/r.md", "---\ntitle: " + q + "\nfamily: " + q + "\nframeworks: [fw]\nlevels:\n"
                        + "  - level: mid\n    years: " + q + "\n    scope: " + q + "\n---\n" + P + "\n")
                .write("content/questions/q.md", "---\ntitle: " + q + "\nframeworks: [fw]\nquestions:\n  - id: one\n"
                        + "    question: " + q + "\n    category: " + q + "\n    level: junior\n    deep_answer: " + q + "\n---\n")
                .write("content/guides/g.md", "---\ntitle: " + q + "\nframeworks: [fw]\nskills: [" + q + "]\nmarket:\n"
                        + "  as_of: 2026-01\n  source: {name: " + q + ", url: \"javascript:alert(1)\"}\n  region: " + q + "\n"
                        + "  currency: USD\n  salary:\n    junior: {min: 1, max: 2}\n    mid: {min: 2, max: 3}\n"
                        + "    senior: {min: 3, max: 4}\n---\n");
        BuildResult result = site.build(BuildOptions.of(dir).withToday(java.time.LocalDate.of(2026, 2, 1)));
        // The unsafe link URLs are refused with errors; everything else builds. Check with them removed too.
        assertTrue(result.failed(), "javascript: URLs must be refused");
        site.write("content/articles/a.md", "---\ntitle: " + q + "\ndescription: " + q + "\ntags: [" + q + "]\n---\n"
                        + "## " + P + "\n\n" + P + "\n")
                .write("content/guides/g.md", "---\ntitle: " + q + "\nframeworks: [fw]\nskills: [" + q + "]\nmarket:\n"
                        + "  as_of: 2026-01\n  source: {name: " + q + "}\n  region: " + q + "\n"
                        + "  currency: USD\n  salary:\n    junior: {min: 1, max: 2}\n    mid: {min: 2, max: 3}\n"
                        + "    senior: {min: 3, max: 4}\n---\n");
        result = site.build(BuildOptions.of(dir).withToday(java.time.LocalDate.of(2026, 2, 1)));
        // The payload's <img src=x> survives cleaning without its onerror, and the link check
        // rightly finds no file x beside the page: the only errors left. The build writes nothing
        // then, so check the output with the image's file there.
        List<String> errors = result.diagnostics().stream().filter(d -> d.isError()).map(d -> d.message()).toList();
        assertTrue(errors.stream().allMatch(m -> m.startsWith("broken image `x`")), errors.toString());
        for (String folder : List.of("articles", "articles/a", "glossary/term", "roles/r", "frameworks/fw", "questions/q")) {
            site.write("content/" + folder + "/x", "x");
        }
        result = site.build(BuildOptions.of(dir).withToday(java.time.LocalDate.of(2026, 2, 1)));
        assertFalse(result.failed(), TestSite.headlines(result).toString());
        TestSite.snapshot(site.out()).forEach((path, bytes) -> {
            // Text downloads (job-description.txt and .md) hold the editor's words as text;
            // browsers interpret only these kinds of file.
            if (!path.matches(".*\\.(html|js|json|xml|css|svg)$")) {
                return;
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            for (String dangerous : DANGEROUS) {
                assertFalse(text.contains(dangerous), path + " contains " + dangerous);
            }
        });
        assertTrue(site.read("articles/a/index.html").contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"));
    }
}
