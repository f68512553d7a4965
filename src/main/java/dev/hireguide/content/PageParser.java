package dev.hireguide.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hireguide.diag.Diagnostic;
import dev.hireguide.diag.Suggestions;
import dev.hireguide.yaml.BindResult;
import dev.hireguide.yaml.StrictYaml;
import dev.hireguide.yaml.YamlBinder;
import dev.hireguide.yaml.YamlDocument;
import dev.hireguide.yaml.YamlResult;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one page's bytes into a {@link PageSource}, or into the diagnostics that say what is
 * wrong. The front matter is one mapping holding the generic fields and the type's own fields;
 * each set is bound to its record, and a key that belongs to neither is an error.
 */
public final class PageParser {

    /** Letters, digits, dashes and underscores: a slug never contains a slash or a dot. */
    private static final Pattern SLUG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*");
    private static final Pattern LAYOUT = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final List<String> GENERIC_KEYS = RecordKeys.of(PageMeta.class);
    private static final Map<ContentType, Class<? extends TypedData>> DATA_CLASSES = Map.of(
            ContentType.PAGE, PlainData.class,
            ContentType.GUIDE, GuideData.class,
            ContentType.COMPARISON, ComparisonData.class,
            ContentType.QUESTIONS, QuestionsData.class,
            ContentType.ROLE, RoleData.class,
            ContentType.FRAMEWORK, FrameworkData.class,
            ContentType.TERM, TermData.class);

    private final YamlBinder binder;

    /** The types a page's front matter is bound to, for {@link YamlBinder#prepare}. */
    public static List<Class<?>> boundTypes() {
        List<Class<?>> types = new ArrayList<>();
        types.add(PageMeta.class);
        // In a fixed order: Map.of's order is not.
        for (ContentType type : ContentType.values()) {
            Class<? extends TypedData> data = DATA_CLASSES.get(type);
            if (data != null) {
                types.add(data);
            }
        }
        return List.copyOf(types);
    }

    public PageParser(YamlBinder binder) {
        this.binder = binder;
    }

    /** The page when it is valid, and every diagnostic found in it. */
    public record Result(Optional<PageSource> page, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public Result parse(String relPath, byte[] bytes) {
        String file = "content/" + relPath;
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, file);
        if (decoded.text().isEmpty()) {
            return new Result(Optional.empty(), List.of(decoded.problem().orElseThrow()));
        }
        return parse(relPath, decoded.text().get());
    }

    public Result parse(String relPath, String text) {
        String file = "content/" + relPath;
        for (String segment : relPath.split("/")) {
            if (!isUrlSegment(segment) || segment.startsWith(".")) {
                return new Result(Optional.empty(), List.of(Diagnostic.error(dev.hireguide.diag.SourcePosition.of(file),
                        "the name `" + printable(segment) + "` cannot be part of a URL",
                        "rename it using letters, digits, dashes and dots only")));
            }
        }
        FrontMatter.Result split = FrontMatter.split(text, file);
        if (split.split().isEmpty()) {
            return new Result(Optional.empty(), List.of(split.problem().orElseThrow()));
        }
        FrontMatter.Split parts = split.split().get();
        YamlResult yaml = StrictYaml.parse(parts.yaml(), file, parts.yamlFirstLine());
        List<Diagnostic> diagnostics = new ArrayList<>(yaml.diagnostics());
        if (yaml.document().isEmpty()) {
            return new Result(Optional.empty(), diagnostics);
        }
        YamlDocument doc = yaml.document().get();
        boolean index = relPath.equals("_index.md") || relPath.endsWith("/_index.md");
        Optional<ContentType> type = typeOf(doc, relPath, index, diagnostics);
        if (type.isEmpty()) {
            return new Result(Optional.empty(), diagnostics);
        }
        Class<? extends TypedData> dataClass = DATA_CLASSES.get(type.get());
        List<String> typeKeys = RecordKeys.of(dataClass.asSubclass(Record.class));
        diagnostics.addAll(unknownKeys(doc, type.get(), typeKeys));

        // A type's own field wins over a generic one of the same name (a term's `aliases:` are names).
        List<String> genericKeys = GENERIC_KEYS.stream().filter(k -> !typeKeys.contains(k)).toList();
        BindResult<PageMeta> meta = binder.bind(only(doc, genericKeys), "", PageMeta.class);
        BindResult<? extends TypedData> data = binder.bind(only(doc, typeKeys), "", dataClass);
        diagnostics.addAll(meta.diagnostics());
        diagnostics.addAll(data.diagnostics());
        if (meta.value().isEmpty() || diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return new Result(Optional.empty(), diagnostics);
        }
        TypedData typed = data.value().isPresent() ? data.value().get() : emptyData(dataClass);
        int before = diagnostics.size();
        diagnostics.addAll(checkGeneric(meta.value().get(), doc));
        diagnostics.addAll(TypeChecks.check(typed, doc));
        diagnostics.addAll(UrlAliases.check(meta.value().get(), typed, doc));
        if (diagnostics.subList(before, diagnostics.size()).stream().anyMatch(Diagnostic::isError)) {
            return new Result(Optional.empty(), diagnostics);
        }
        return new Result(Optional.of(new PageSource(relPath, file, meta.value().get(), type.get(), typed, doc.positions(),
                parts.body(), parts.bodyFirstLine())), diagnostics);
    }

    private static Optional<ContentType> typeOf(YamlDocument doc, String relPath, boolean index,
                                                List<Diagnostic> diagnostics) {
        JsonNode written = doc.root().get("type");
        String folder = relPath.contains("/") ? relPath.substring(0, relPath.lastIndexOf('/')) : "";
        if (written == null || written.isNull()) {
            return Optional.of(index ? ContentType.PAGE : ContentType.ofFolder(folder));
        }
        Optional<ContentType> type = written.isTextual() ? ContentType.ofKey(written.asText()) : Optional.empty();
        if (type.isEmpty()) {
            diagnostics.add(Diagnostic.error(doc.positionOf("/type"), "unknown type `" + written.asText() + "`",
                    Suggestions.didYouMean(written.asText(), ContentType.keys(), "known types")));
        } else if (index && type.get() != ContentType.PAGE) {
            diagnostics.add(Diagnostic.error(doc.positionOf("/type"), "a section's _index.md cannot have a type",
                    "move the typed content into a page of its own"));
            return Optional.empty();
        }
        return type;
    }

    private static List<Diagnostic> unknownKeys(YamlDocument doc, ContentType type, List<String> typeKeys) {
        Set<String> known = new LinkedHashSet<>(GENERIC_KEYS);
        known.addAll(typeKeys);
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Iterator<String> names = doc.root().fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                String what = type == ContentType.PAGE ? "a page" : "a " + type.key();
                diagnostics.add(Diagnostic.error(doc.keyPositionOf("/" + escape(name)),
                        "unknown key '" + name + "' for " + what,
                        Suggestions.didYouMean(name, known, "known keys")));
            }
        }
        return diagnostics;
    }

    /** The document with only the given top-level keys; positions stay valid, as pointers do not change. */
    private static YamlDocument only(YamlDocument doc, List<String> keys) {
        ObjectNode copy = doc.root().deepCopy();
        copy.retain(keys);
        return new YamlDocument(doc.file(), copy, doc.positions());
    }

    /**
     * Whether a file or folder name can be part of a URL: not empty, and no escapes, separators,
     * spaces or {@link #isDeceptive deceptive} characters. A loop, not a pattern: every page's
     * path is checked, and a pattern match cost more than the rest of reading the path.
     */
    static boolean isUrlSegment(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '%' || c == '?' || c == '#' || c == '\\' || c == ' ' || isDeceptive(c)) {
                return false;  // tabs, line breaks and form feeds are controls
            }
        }
        return !name.isEmpty();
    }

    /** Whether a text holds a {@link #isDeceptive deceptive} character. */
    static boolean hasDeceptive(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isDeceptive(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A character that reorders text on screen (a bidirectional control) or is an invisible
     * control: in a title or a file name it can make a link or heading read differently from
     * what it is. (Every control character is in the Basic Multilingual Plane, so a surrogate,
     * half of another character, never is one.)
     */
    private static boolean isDeceptive(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
                || c == '\u061C' || Character.getType(c) == Character.CONTROL;
    }

    private static List<Diagnostic> checkGeneric(PageMeta meta, YamlDocument doc) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (meta.title() == null || meta.title().isBlank()) {
            diagnostics.add(YamlBinder.missingField(doc, "", "title", "add `title: …` to the front matter"));
        }
        if (meta.title() != null && hasDeceptive(meta.title())) {
            diagnostics.add(Diagnostic.error(doc.positionOf("/title"),
                    "the title contains an invisible or text-direction control character",
                    "retype the title; such characters can make it read differently from what it says"));
        }
        if (meta.slug() != null && !SLUG.matcher(meta.slug()).matches()) {
            diagnostics.add(Diagnostic.error(doc.positionOf("/slug"),
                    "slug `" + meta.slug() + "` is not a single URL segment",
                    "use letters, digits and dashes only, like `fastapi-developers`"));
        }
        if (meta.layout() != null && !LAYOUT.matcher(meta.layout()).matches()) {
            diagnostics.add(Diagnostic.error(doc.positionOf("/layout"),
                    "layout `" + meta.layout() + "` is not a template name",
                    "name a template of the theme without `.peb`, like `page`"));
        }
        return diagnostics;
    }

    /** A type's record with every field absent, for front matter that has none of the type's keys. */
    private static TypedData emptyData(Class<? extends TypedData> type) {
        try {
            var components = type.getRecordComponents();
            Object[] nulls = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            return type.getDeclaredConstructor(types).newInstance(nulls);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create an empty " + type.getSimpleName(), e);
        }
    }

    /** A name with control characters shown as {@code \\uXXXX}, so the message itself is safe to print. */
    static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
