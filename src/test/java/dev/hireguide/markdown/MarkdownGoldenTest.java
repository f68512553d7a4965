package dev.hireguide.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hireguide.diag.DiagnosticFormatter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders each {@code golden/markdown/NAME.md} with base path {@code /hiring/} and compares the
 * HTML with {@code NAME.html} and the diagnostics with {@code NAME.diagnostics.txt} (absent when
 * there are none). Run with {@code -Dgolden.update=true} to rewrite the expected files, then
 * review the diff before committing it.
 */
class MarkdownGoldenTest {

    private static final Path DIR = Path.of("src/test/resources/golden/markdown");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(new MarkdownOptions("/hiring/"));

    static Stream<String> goldenFiles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - ".md".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void rendersAsGoldenFileSays(String name) throws IOException {
        String markdown = Files.readString(DIR.resolve(name + ".md"), StandardCharsets.UTF_8);
        RenderedMarkdown rendered = RENDERER.render(markdown, "golden/" + name + ".md", 1);
        String diagnostics = DiagnosticFormatter.text(rendered.diagnostics());

        Path html = DIR.resolve(name + ".html");
        Path diagnosticsFile = DIR.resolve(name + ".diagnostics.txt");
        if (UPDATE) {
            Files.writeString(html, rendered.html(), StandardCharsets.UTF_8);
            if (diagnostics.isEmpty()) {
                Files.deleteIfExists(diagnosticsFile);
            } else {
                Files.writeString(diagnosticsFile, diagnostics, StandardCharsets.UTF_8);
            }
        }
        assertEquals(Files.readString(html, StandardCharsets.UTF_8), rendered.html(), name + ".html");
        String expectedDiagnostics = Files.exists(diagnosticsFile)
                ? Files.readString(diagnosticsFile, StandardCharsets.UTF_8) : "";
        assertEquals(expectedDiagnostics, diagnostics, name + ".diagnostics.txt");
    }
}
