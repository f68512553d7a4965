package dev.hireguide.arch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Markdown stage resolves links through an interface the build supplies, never through the
 * site index, and the link check works on rendered pages alone: both keep to the stages before them.
 */
class LinkPackageImportsTest {

    private static final Path MAIN = Path.of("src/main/java/dev/hireguide");

    private static List<String> offending(String pkg, List<String> forbidden) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
            return files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().filter(l -> l.startsWith("import "))
                            .filter(l -> forbidden.stream().anyMatch(p -> l.startsWith("import dev.hireguide." + p + ".")))
                            .map(l -> f.getFileName() + ": " + l);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void markdownDoesNotImportTheSiteOrLaterStages() throws IOException {
        assertEquals(List.of(), offending("markdown", List.of("assemble", "build", "template", "check", "output", "serve")));
    }

    @Test
    void checkImportsOnlyDiagnostics() throws IOException {
        assertEquals(List.of(), offending("check",
                List.of("assemble", "build", "template", "markdown", "output", "content", "config", "serve")));
    }
}
