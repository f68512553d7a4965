package dev.hireguide.yaml;

import dev.hireguide.diag.Diagnostic;

import java.util.List;
import java.util.Optional;

/**
 * What {@link YamlBinder#bind} produced: the bound value, or the diagnostics that explain why
 * there is none.
 *
 * @param value       the bound object; empty when binding failed or there was nothing to bind
 * @param diagnostics the problems found; Jackson stops at the first one, so there is usually one
 */
public record BindResult<T>(Optional<T> value, List<Diagnostic> diagnostics) {

    public BindResult {
        value = value == null ? Optional.empty() : value;
        diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
    }

    static <T> BindResult<T> of(T value) {
        return new BindResult<>(Optional.ofNullable(value), List.of());
    }

    static <T> BindResult<T> failed(Diagnostic diagnostic) {
        return new BindResult<>(Optional.empty(), List.of(diagnostic));
    }
}
