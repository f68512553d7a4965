package dev.hireguide.assemble;

import dev.hireguide.content.ContentType;
import dev.hireguide.diag.Suggestions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Resolves the references editors write ({@code frameworks/fastapi}, {@code framework/fastapi}
 * or a bare {@code fastapi}) to page ids, in one place for the whole site: the id itself, the
 * type and slug, and the bare slug when only one page has it.
 */
public final class ReferenceResolver {

    // Looked up by hash for every reference of every page; sorted only to suggest a name.
    private final Map<String, String> exact = new HashMap<>();
    private final Map<String, TreeSet<String>> bySlug = new HashMap<>();
    private final Map<String, ContentType> types = new HashMap<>();

    ReferenceResolver(Collection<Page> pages) {
        for (Page page : pages) {
            if (page.kind() != PageKind.PAGE) {
                continue;
            }
            String slug = page.id().substring(page.id().lastIndexOf('/') + 1);
            exact.put(page.id(), page.id());
            exact.putIfAbsent(page.type().key() + "/" + slug, page.id());
            bySlug.computeIfAbsent(slug, k -> new TreeSet<>()).add(page.id());
            types.put(page.id(), page.type());
        }
    }

    /** The outcome of resolving one reference: an id, or a message and hint saying why not. */
    public record Resolution(Optional<String> id, String problem, String hint) {
        static Resolution found(String id) {
            return new Resolution(Optional.of(id), "", "");
        }

        static Resolution failed(String problem, String hint) {
            return new Resolution(Optional.empty(), problem, hint);
        }
    }

    /** Resolves {@code reference}; when {@code expected} is not null, the target must be of that type. */
    public Resolution resolve(String reference, ContentType expected) {
        String ref = reference.strip();
        String id = exact.get(ref);
        if (id == null && !ref.contains("/")) {
            TreeSet<String> candidates = bySlug.getOrDefault(ref, new TreeSet<>());
            List<String> ofType = candidates.stream()
                    .filter(c -> expected == null || types.get(c) == expected).toList();
            if (ofType.size() == 1) {
                id = ofType.get(0);
            } else if (ofType.size() > 1 || candidates.size() > 1) {
                List<String> shown = ofType.isEmpty() ? List.copyOf(candidates) : ofType;
                return Resolution.failed("reference `" + ref + "` is ambiguous: " + String.join(", ", shown),
                        "write the full id, e.g. `" + shown.get(0) + "`");
            } else if (candidates.size() == 1) {
                id = candidates.first();
            }
        }
        if (id == null) {
            List<String> known = new ArrayList<>(new TreeSet<>(exact.keySet()));
            if (expected != null) {
                known.removeIf(k -> types.get(exact.get(k)) != expected);
            }
            // A bare slug is a good suggestion when it names exactly one page of the expected type.
            known.addAll(new TreeSet<>(bySlug.keySet()).stream().filter(s -> bySlug.get(s).stream()
                    .filter(c -> expected == null || types.get(c) == expected).count() == 1).toList());
            String hint = Suggestions.closest(ref, known).map(c -> "did you mean `" + c + "`?")
                    .orElse(expected == null ? "check the page's path under content/"
                            : "no " + expected.key() + " page has that name; add one under content/" + expected.folder() + "/");
            return Resolution.failed("unknown reference `" + ref + "`", hint);
        }
        if (expected != null && types.get(id) != expected) {
            return Resolution.failed("`" + ref + "` is a " + types.get(id).key() + ", not a " + expected.key(),
                    "refer to a page under content/" + expected.folder() + "/");
        }
        return Resolution.found(id);
    }
}
