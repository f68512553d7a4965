package dev.hireguide.build;

import dev.hireguide.content.Audience;
import dev.hireguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Public builds hold nothing internal; internal builds hold everything, marked. */
class AudienceTest {

    @TempDir
    Path dir;

    /** Every internal thing carries a marker word that must never reach a public build. */
    private TestSite site() {
        return TestSite.minimal(dir)
                .write("themes/default/templates/page.peb",
                        "{% if page.internal %}[internal]{% endif %}{{ page.title }}\n{{ page.content | raw }}\n")
                .write("content/articles/open.md", "---\ntitle: Open article\n---\nFor everyone.\n")
                .write("content/articles/comp-bands.md", "---\ntitle: Bands SECRETA\naudience: internal\n"
                        + "description: SECRETB\ntags: [SECRETC]\n---\nThe SECRETD numbers.\n")
                .write("content/internal-notes/_index.md", "---\ntitle: Notes SECRETE\naudience: internal\n---\nSECRETF\n")
                .write("content/internal-notes/plan.md", "---\ntitle: Plan SECRETG\n---\nSECRETH\n")
                .write("content/internal-notes/deep/more.md", "---\ntitle: More SECRETI\n---\nSECRETJ\n")
                .write("content/assets-note.md", "---\ntitle: Public\n---\nx\n");
    }

    private BuildResult build(TestSite site, Audience audience) {
        return site.build(BuildOptions.of(dir).withAudience(audience).withToday(LocalDate.of(2026, 3, 1)));
    }

    @Test
    void publicBuildHasNoByteOfInternalContent() {
        TestSite site = site();
        BuildResult result = build(site, Audience.PUBLIC);
        assertFalse(result.failed(), TestSite.headlines(result).toString());
        assertTrue(site.exists("articles/open/index.html"));
        TestSite.snapshot(site.out()).forEach((path, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertFalse(text.contains("SECRET"), path + " leaks internal content");
            assertFalse(path.contains("internal-notes") || path.contains("comp-bands"), path);
        });
    }

    @Test
    void internalBuildHasEverythingAndMarksIt() {
        TestSite site = site();
        BuildResult result = build(site, Audience.INTERNAL);
        assertFalse(result.failed(), TestSite.headlines(result).toString());
        assertTrue(site.read("articles/comp-bands/index.html").startsWith("[internal]Bands SECRETA"));
        assertTrue(site.read("internal-notes/plan/index.html").startsWith("[internal]"), "inherits the section's audience");
        assertTrue(site.read("internal-notes/deep/more/index.html").startsWith("[internal]"), "inherits through folders");
        assertTrue(site.read("articles/open/index.html").startsWith("Open article"));
    }

    @Test
    void siteYamlSetsTheDefaultBuildAudience() {
        TestSite site = site().write("content/site.yaml",
                "title: T\nbase_url: https://x.org/\naudience: internal\n");
        site.buildOk();
        assertTrue(site.exists("articles/comp-bands/index.html"));
    }

    @Test
    void pageAudienceInSiteYamlMakesPagesInternalByDefault() {
        TestSite site = site().write("content/site.yaml",
                "title: T\nbase_url: https://x.org/\npage_audience: internal\n")
                .write("content/articles/open.md", "---\ntitle: Open article\naudience: public\n---\nFor everyone.\n");
        build(site, Audience.PUBLIC);
        assertTrue(site.exists("articles/open/index.html"));
        assertFalse(site.exists("assets-note/index.html"));
    }

    @Test
    void publicPageReferencingAnInternalPageIsAnError() {
        TestSite site = site()
                .write("content/frameworks/secret-fw.md", "---\ntitle: Secret\nname: Secret\naudience: internal\n---\n")
                .write("content/articles/open.md", "---\ntitle: Open article\nrelated: [secret-fw]\n---\nx\n");
        BuildResult result = build(site, Audience.PUBLIC);
        assertTrue(result.failed());
        assertEquals("content/articles/open.md:3:11: error: this public page references `secret-fw`, which is internal",
                result.diagnostics().get(0).headline());
    }

    @Test
    void internalMarketSnapshotIsLeftOutOfPublicGuides() {
        TestSite site = TestSite.minimal(dir)
                .write("themes/default/templates/guide.peb",
                        "{% if page.data.market is not null %}{% for r in page.data.market.salary %}{{ r.min }} {% endfor %}"
                                + "{% if page.data.market.internal %}[internal figures]{% endif %}{% endif %}\n")
                .write("content/guides/g.md", "---\ntitle: G\nmarket:\n  audience: internal\n  as_of: 2026-01\n"
                        + "  source: {name: Bands}\n  region: US\n  currency: USD\n  salary:\n"
                        + "    junior: {min: 987654, max: 987655}\n    mid: {min: 987656, max: 987657}\n"
                        + "    senior: {min: 987658, max: 987659}\n---\n");
        build(site, Audience.PUBLIC);
        assertFalse(site.read("guides/g/index.html").contains("987"));
        build(site, Audience.INTERNAL);
        assertTrue(site.read("guides/g/index.html").contains("$987,654 $987,656 $987,658 [internal figures]"));
    }
}
