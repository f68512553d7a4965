package dev.hireguide.build;

import dev.hireguide.build.BuildResult;
import dev.hireguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sites with mistakes in them: each test checks the message and where it points. */
class InvalidSiteTest {

    @TempDir
    Path dir;

    private static void assertHas(BuildResult result, String expected) {
        List<String> lines = TestSite.headlines(result);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(expected)),
                "expected a diagnostic starting with\n  " + expected + "\nbut got\n  " + String.join("\n  ", lines));
        assertTrue(result.failed(), "the build must fail");
    }

    @Test
    void failsOnUnclosedFrontMatter() {
        var result = TestSite.minimal(dir).write("content/a.md", "---\ntitle: A\nbody\n").build();
        assertHas(result, "content/a.md:1:1: error: the front matter is not closed");
    }

    @Test
    void failsOnPageWithoutFrontMatter() {
        var result = TestSite.minimal(dir).write("content/a.md", "# Just Markdown\n").build();
        assertHas(result, "content/a.md:1:1: error: the page has no front matter");
    }

    @Test
    void failsOnMissingTitle() {
        var result = TestSite.minimal(dir).write("content/a.md", "---\ndescription: x\n---\nbody\n").build();
        assertHas(result, "content/a.md:");
        assertTrue(TestSite.headlines(result).stream().anyMatch(l -> l.contains("title")), TestSite.headlines(result).toString());
    }

    @Test
    void failsOnUnknownFrontMatterKeyWithSuggestion() {
        var result = TestSite.minimal(dir).write("content/a.md", "---\ntitle: A\ntgas: [x]\n---\nbody\n").build();
        assertHas(result, "content/a.md:3:1: error:");
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.hint().contains("tags")), result.diagnostics().toString());
    }

    @Test
    void failsOnWrongTypeNamingTheField() {
        var result = TestSite.minimal(dir).write("content/a.md", "---\ntitle: A\nweight: heavy\n---\nbody\n").build();
        assertHas(result, "content/a.md:3:");
        assertTrue(TestSite.headlines(result).stream().anyMatch(l -> l.contains("weight")));
    }

    @Test
    void failsOnBadSlug() {
        var result = TestSite.minimal(dir).write("content/a.md", "---\ntitle: A\nslug: ../../etc\n---\nbody\n").build();
        assertHas(result, "content/a.md:3:");
        assertTrue(TestSite.headlines(result).stream().anyMatch(l -> l.contains("not a single URL segment")));
    }

    @Test
    void failsOnFileThatIsNotUtf8AtTheBadByte() {
        byte[] bytes = "---\ntitle: Caf\u00e9\n---\nok \u00e9".getBytes(StandardCharsets.ISO_8859_1);
        var result = TestSite.minimal(dir).write("content/a.md", bytes).build();
        assertHas(result, "content/a.md:2:11: error: the file is not valid UTF-8");
    }

    @Test
    void failsOnBinaryFileNamedMarkdown() {
        var result = TestSite.minimal(dir).write("content/a.md", new byte[] {'-', '-', '-', '\n', 0, 1, 2}).build();
        assertHas(result, "content/a.md:2:1: error: the file contains a NUL byte");
    }

    @Test
    void failsOnTwoPagesWithTheSameUrl() {
        var result = TestSite.minimal(dir)
                .write("content/articles/a.md", "---\ntitle: A\nslug: same\n---\n")
                .write("content/articles/same.md", "---\ntitle: B\n---\n").build();
        assertHas(result, "content/articles/same.md: error: this page has the same URL as content/articles/a.md");
    }

    @Test
    void failsOnUrlsThatDifferOnlyInCaseOrNormalisation() {
        var result = TestSite.minimal(dir)
                .write("content/Guide.md", "---\ntitle: A\n---\n")
                .write("content/guide.md", "---\ntitle: B\n---\n")
                .write("content/caf\u00e9.md", "---\ntitle: C\n---\n")
                .write("content/cafe\u0301.md", "---\ntitle: D\n---\n").build();
        assertEquals(2, result.diagnostics().stream().filter(d -> d.message().contains("same URL")).count(),
                TestSite.headlines(result).toString());
    }

    @Test
    void failsOnTextDirectionControlInTitle() {
        var result = TestSite.minimal(dir).write("content/a.md", "---\ntitle: \"Pay \u202Eevil\"\n---\n").build();
        assertHas(result, "content/a.md:2:8: error: the title contains an invisible or text-direction control character");
    }

    @Test
    void failsOnFileNamesThatCannotBeUrls() {
        var result = TestSite.minimal(dir)
                .write("content/%2e%2e.md", "---\ntitle: A\n---\n")
                .write("content/my page.md", "---\ntitle: B\n---\n")
                .write("content/evil\u202Egpj.md", "---\ntitle: C\n---\n").build();
        assertHas(result, "content/%2e%2e.md: error: the name `%2e%2e.md` cannot be part of a URL");
        assertHas(result, "content/my page.md: error: the name `my page.md` cannot be part of a URL");
        assertTrue(TestSite.headlines(result).stream().anyMatch(l -> l.contains("`evil\\u202Egpj.md`")),
                TestSite.headlines(result).toString());
    }

    @Test
    void failsOnSlugThatTriesToLeaveTheOutputFolder() {
        var result = TestSite.minimal(dir)
                .write("content/a.md", "---\ntitle: A\nslug: \"%2e%2e\"\n---\n")
                .write("content/b.md", "---\ntitle: B\nslug: /etc\n---\n").build();
        assertHas(result, "content/a.md:3:7: error: slug `%2e%2e` is not a single URL segment");
        assertHas(result, "content/b.md:3:7: error: slug `/etc` is not a single URL segment");
    }

    @Test
    void reportsEveryBrokenPageOfABuild() {
        var result = TestSite.minimal(dir)
                .write("content/a.md", "---\ntitle: A\n")
                .write("content/b.md", "no front matter\n")
                .write("content/c.md", "---\ntitle: C\nweight: x\n---\n").build();
        assertEquals(3, result.diagnostics().stream().filter(d -> d.isError()).count(), TestSite.headlines(result).toString());
    }

    @Test
    void failsOnMissingSiteYaml() {
        var result = new TestSite(dir).write("content/_index.md", "---\ntitle: Home\n---\n").build();
        assertHas(result, "content/site.yaml: error: the site has no configuration file");
    }

    @Test
    void failsOnMissingContentFolder() {
        var result = new TestSite(dir).write("README.md", "x").build();
        assertHas(result, "content/: error: the site has no content/ folder");
    }

    @Test
    void failsOnSiteYamlWithoutBaseUrlAndWithBadLanguage() {
        var result = new TestSite(dir).write("content/site.yaml", "title: T\nlanguage: english!\n").build();
        assertTrue(TestSite.headlines(result).stream().anyMatch(l -> l.contains("base_url")), TestSite.headlines(result).toString());
        assertHas(result, "content/site.yaml:2:");
    }

    @Test
    void failsOnRelativeBaseUrl() {
        var result = new TestSite(dir).write("content/site.yaml", "title: T\nbase_url: /hiring/\n").build();
        assertHas(result, "content/site.yaml:2:11: error: base_url `/hiring/` is not an absolute http(s) URL");
    }

    @Test
    void failsOnUnknownSiteYamlKeyWithSuggestion() {
        var result = new TestSite(dir).write("content/site.yaml", "title: T\nbase_url: https://x.org/\ntheem: x\n").build();
        assertHas(result, "content/site.yaml:3:1: error:");
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.hint().contains("theme")), result.diagnostics().toString());
    }

    @Test
    void failsOnUnknownTheme() {
        var result = new TestSite(dir).write("content/site.yaml", "title: T\nbase_url: https://x.org/\ntheme: corporate\n").build();
        assertHas(result, "content/site.yaml: error: theme `corporate` not found");
    }

    @Test
    void failsOnUnknownLayout() {
        var result = TestSite.minimal(dir).write("content/a.md", "---\ntitle: A\nlayout: fancy\n---\n").build();
        assertHas(result, "content/a.md:3:9: error: layout `fancy` has no template fancy.peb");
    }

    @Test
    void failsOnUndefinedTemplateVariableAtItsLine() {
        var result = TestSite.minimal(dir)
                .write("themes/default/templates/home.peb", "<p>\n{{ page.title }}\n{{ nosuch }}\n</p>\n").build();
        assertHas(result, "themes/default/templates/home.peb:3: error: undefined variable `nosuch`");
    }

    @Test
    void failsOnUnknownFilterAtItsLine() {
        var result = TestSite.minimal(dir)
                .write("themes/default/templates/home.peb", "<p>\n{{ page.title | shout }}\n</p>\n").build();
        assertHas(result, "themes/default/templates/home.peb:2: error: unknown filter `shout`");
    }

    @Test
    void failsOnTemplateIncludeCycle() {
        var result = TestSite.minimal(dir)
                .write("themes/default/templates/home.peb", "{% include \"a.peb\" %}\n")
                .write("themes/default/templates/a.peb", "{% include \"b.peb\" %}\n")
                .write("themes/default/templates/b.peb", "{% include \"a.peb\" %}\n").build();
        assertTrue(result.failed());
        assertTrue(TestSite.headlines(result).stream().anyMatch(l -> l.contains("cycle")), TestSite.headlines(result).toString());
    }

    @Test
    void refusesTemplateOutsideTheTheme() {
        var result = TestSite.minimal(dir)
                .write("secret.txt", "TOP SECRET")
                .write("themes/default/templates/home.peb", "{% include \"../../../secret.txt\" %}\n").build();
        assertTrue(result.failed());
        assertTrue(TestSite.headlines(result).stream().anyMatch(l -> l.contains("outside the theme")),
                TestSite.headlines(result).toString());
    }
}
