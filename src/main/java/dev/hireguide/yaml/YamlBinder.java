package dev.hireguide.yaml;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.hireguide.diag.Diagnostic;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds a {@link YamlDocument}, or a subtree of it, to a Java record or class with Jackson, and
 * turns Jackson's failures into diagnostics at the position of the offending node.
 *
 * <p>YAML keys are snake_case ({@code as_of}) and map to camelCase components ({@code asOf}).
 * Binding is strict: unknown keys fail; text is never converted to a number or boolean (so
 * {@code zip: 0123} cannot become 123); decimals never become whole numbers; a scalar is not
 * accepted where a list is expected; enum values are matched ignoring case. Numbers and booleans
 * are accepted where text is expected and give the text as written ({@code 3.10}), because
 * {@link StrictYaml} only types the scalars that print back unchanged.
 *
 * <p>Jackson stops at the first error, so a result usually holds one diagnostic (several only
 * for the unknown keys of a mapping whose record refused to be built). Absent or
 * empty keys bind as null (or 0 and false for primitives); callers check the fields they
 * require and report them with {@link #missingField}.
 *
 * <p>Thread-safe: the mapper is configured once in the constructor and only read afterwards.
 */
public final class YamlBinder {

    private final ObjectMapper mapper;
    /**
     * A reader per type, made once: {@code readerFor} makes a new one at every call and looks up
     * its deserializer again, which was half of binding every page's front matter. Readers are
     * immutable and thread-safe.
     */
    private final ConcurrentHashMap<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    /** One per program, made on first use; see {@link #shared()}. */
    private static final class Shared {
        static final YamlBinder INSTANCE = new YamlBinder();
    }

    /**
     * The binder builds share: Jackson works out how to bind each type (its deserializers) once
     * per mapper, about a tenth of a second of reflection for the content types, and a binder
     * readied for them before the build needs it ({@link #prepare}) saves the build that.
     */
    public static YamlBinder shared() {
        return Shared.INSTANCE;
    }

    /** Works out now, rather than at the first {@link #bind}, how to bind each of {@code types}. */
    public void prepare(List<Class<?>> types) {
        for (Class<?> type : types) {
            readers.computeIfAbsent(type, mapper::readerFor);
        }
    }

    public YamlBinder() {
        this.mapper = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // An absent optional key such as draft must give false, not an error.
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                // Editors' text stays text: no "0123" -> 123, "yes" -> true, "" -> 0 or null.
                .withCoercionConfigDefaults(c -> c
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, c -> c
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, c -> c
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                // Numbers and booleans bind to text: the tree keeps them printable as written.
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.TryConvert))
                .addModule(DateDeserializers.module())
                .build();
    }

    /**
     * Binds the node at {@code pointer} ({@code ""} for the root) to {@code type}. A missing or
     * null node gives an empty value and no diagnostic: whether it was required is the
     * caller's call (see {@link #missingField}).
     */
    public <T> BindResult<T> bind(YamlDocument doc, String pointer, Class<T> type) {
        String at = pointer == null ? "" : pointer;
        try {
            return bindOrThrow(doc, at, type);
        } catch (RuntimeException e) {
            // An invalid pointer, or a bug in turning an exception into words: still a diagnostic.
            return BindResult.failed(BindErrors.other(doc, at, e));
        }
    }

    private <T> BindResult<T> bindOrThrow(YamlDocument doc, String pointer, Class<T> type) {
        JsonNode node = pointer.isEmpty() ? doc.root() : doc.root().at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            return BindResult.of(null);
        }
        try {
            return BindResult.of(readers.computeIfAbsent(type, mapper::readerFor).readValue(node));
        } catch (JsonMappingException e) {
            return new BindResult<>(Optional.empty(),
                    BindErrors.toDiagnostics(doc, pointer, e, mapper.getDeserializationConfig()));
        } catch (IOException e) {
            // Stream-level failures that Jackson did not wrap with a path.
            return BindResult.failed(BindErrors.other(doc, pointer, e));
        }
    }

    /**
     * A required key that the mapping at {@code parentPointer} lacks, reported at that
     * mapping's key (or at line 1, column 1 of the YAML for the root):
     * {@code missing key 'title'} or {@code missing key 'min' in 'market.salary[0]'}.
     */
    public static Diagnostic missingField(YamlDocument doc, String parentPointer, String field, String hint) {
        String parent = parentPointer == null ? "" : parentPointer;
        String where = parent.isEmpty() ? "" : " in '" + Pointers.dotted(doc.root(), parent) + "'";
        return Diagnostic.error(doc.keyPositionOf(parent), "missing key '" + field + "'" + where, hint);
    }
}
