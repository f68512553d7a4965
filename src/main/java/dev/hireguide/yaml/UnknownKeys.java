package dev.hireguide.yaml;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hireguide.diag.Diagnostic;
import dev.hireguide.diag.Suggestions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** "Unknown key" diagnostics: at the key, with the closest known key or the list of them. */
final class UnknownKeys {

    private UnknownKeys() {
    }

    /** {@code unknown key 'titel'}, or {@code unknown key 'mxa' in 'market.salary[0]'} below the root. */
    static Diagnostic diagnostic(YamlDocument doc, String pointer, String key, Collection<String> known) {
        String parent = Pointers.parent(pointer);
        String in = parent.isEmpty() ? "" : " in '" + BindErrors.name(doc, parent) + "'";
        return Diagnostic.error(doc.keyPositionOf(pointer), "unknown key '" + key + "'" + in,
                Suggestions.didYouMean(key, known, "known keys"));
    }

    /**
     * Every key of the mapping {@code node} that {@code type} has no property for, found by
     * Jackson's own introspection so that names match binding (snake_case, ignored names).
     * A type that takes any key (a {@code @JsonAnySetter}) has no unknown keys.
     */
    static List<Diagnostic> of(YamlDocument doc, String pointer, JsonNode node, JavaType type,
                               DeserializationConfig config) {
        if (type == null || node == null || !node.isObject()) {
            return List.of();
        }
        BeanDescription bean = config.introspect(type);
        if (bean.findAnySetterAccessor() != null) {
            return List.of();
        }
        Set<String> known = new TreeSet<>();
        bean.findProperties().forEach(p -> known.add(p.getName()));
        known.addAll(bean.getIgnoredPropertyNames());
        List<Diagnostic> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(key -> {
            if (!known.contains(key)) {
                out.add(diagnostic(doc, Pointers.child(pointer, key), key, known));
            }
        });
        return out;
    }
}
