package dev.hireguide.testing;

import dev.hireguide.build.BuildOptions;
import dev.hireguide.build.BuildResult;
import dev.hireguide.build.SiteBuilder;
import dev.hireguide.diag.Diagnostic;
import dev.hireguide.diag.DiagnosticFormatter;
import dev.hireguide.output.OutputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A small site written into a temporary folder, for tests: write files inline, build, read
 * the output. {@link #minimal(Path)} gives a site.yaml and a home page to start from.
 */
public final class TestSite {

    private final Path root;

    public TestSite(Path root) {
        this.root = root;
    }

    /** A site with a valid site.yaml and a home page. */
    public static TestSite minimal(Path root) {
        return new TestSite(root)
                .write("content/site.yaml", "title: Test hiring guides\nbase_url: https://hiring.example.com/\n")
                .write("content/_index.md", "---\ntitle: Home\n---\nWelcome.\n");
    }

    /**
     * Site templates that print just what the tests look at, so assertions do not depend on the
     * default theme's markup. They override the bundled theme file by file.
     */
    public TestSite withPlainTemplates() {
        String list = "{% for c in page.children %}<a href=\"{{ c.url }}\">{{ c.title }}</a>\n{% endfor %}";
        return write("themes/default/templates/page.peb",
                        "<title>{{ page.title }}</title>\n<main>{{ page.content | raw }}</main>\n")
                .write("themes/default/templates/section.peb", "<h1>{{ page.title }}</h1>\n" + list)
                .write("themes/default/templates/home.peb", "<h1>{{ page.title }}</h1>\n"
                        + "<link href=\"{{ url('css/site.css') }}\">\n" + list)
                .write("themes/default/templates/404.peb", "<a href=\"{{ url('') }}\">home</a>\n")
                .write("themes/default/templates/search.peb", "<title>{{ page.title }}</title>\n");
    }

    public Path root() {
        return root;
    }

    public Path out() {
        return root.resolve("site");
    }

    public TestSite write(String path, String text) {
        return write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite write(String path, byte[] bytes) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestSite delete(String path) {
        try {
            Files.delete(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BuildResult build() {
        return build(BuildOptions.of(root));
    }

    public BuildResult build(BuildOptions options) {
        try {
            return SiteBuilder.build(options);
        } catch (OutputException e) {
            throw new AssertionError("output failed: " + e.getMessage(), e);
        }
    }

    /** Builds and fails the test, showing the diagnostics, when the build has an error. */
    public BuildResult buildOk() {
        BuildResult result = build();
        if (result.failed()) {
            throw new AssertionError("build failed:\n" + DiagnosticFormatter.text(result.diagnostics()));
        }
        return result;
    }

    /** The diagnostics' first lines ({@code file:line:col: error: message}), for assertions. */
    public static List<String> headlines(BuildResult result) {
        return result.diagnostics().stream().map(Diagnostic::headline).toList();
    }

    public String read(String outputPath) {
        try {
            return Files.readString(out().resolve(outputPath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String outputPath) {
        return Files.exists(out().resolve(outputPath));
    }

    /** Every file of a folder, by relative path, for byte comparisons. */
    public static Map<String, byte[]> snapshot(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(dir.relativize(file).toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
