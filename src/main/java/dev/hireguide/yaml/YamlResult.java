package dev.hireguide.yaml;

import dev.hireguide.diag.Diagnostic;

import java.util.List;
import java.util.Optional;

/**
 * What {@link StrictYaml#parse} found.
 *
 * <p>{@code document} is empty when errors made the YAML unreadable (a syntax error, a root
 * that is not a mapping, too much nesting, too many bytes). Refused features that do not hide
 * the structure (an anchor, a tag, a duplicate key, a merge key, a complex key, a second
 * document) are reported as errors but leave a best-effort document, so that a build can go on
 * and report the binding problems of the same file too. Callers must still treat any error
 * diagnostic as a failure.
 *
 * @param document    the parsed mapping, when it could be read
 * @param diagnostics every problem found, in the order met
 */
public record YamlResult(Optional<YamlDocument> document, List<Diagnostic> diagnostics) {

    public YamlResult {
        document = document == null ? Optional.empty() : document;
        diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
    }

    /** True when at least one diagnostic is an error. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
