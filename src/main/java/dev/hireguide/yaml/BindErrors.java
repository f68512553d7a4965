package dev.hireguide.yaml;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.hireguide.diag.Diagnostic;
import dev.hireguide.diag.SourcePosition;
import dev.hireguide.diag.Suggestions;

import java.util.List;

/**
 * Turns Jackson's binding failures into diagnostics. The exception's path, relative to the
 * bound subtree, leads back to the node in the document, and so to its position and to what
 * the editor actually wrote there.
 */
final class BindErrors {

    private BindErrors() {
    }

    /**
     * The diagnostics for one failed bind: one, except when a record's constructor refused a
     * mapping that also has unknown keys. Jackson builds the record before it looks at unknown
     * keys, so a typo ({@code mxa: 2}) would otherwise surface as the constructor's complaint
     * about the missing value; the typo is the real problem, so every unknown key of that
     * mapping is reported instead.
     */
    static List<Diagnostic> toDiagnostics(YamlDocument doc, String bindPointer, JsonMappingException e,
                                          DeserializationConfig config) {
        String pointer = bindPointer + relativePointer(e);
        JsonNode node = pointer.isEmpty() ? doc.root() : doc.root().at(pointer);
        if (node.isMissingNode() && pointer.endsWith("/0")) {
            // A single value accepted as a one-item list: the problem is the value itself.
            String parent = pointer.substring(0, pointer.length() - 2);
            JsonNode single = doc.root().at(parent);
            if (single.isValueNode()) {
                pointer = parent;
                node = single;
            }
        }
        if (e instanceof ValueInstantiationException v) {
            List<Diagnostic> unknown = UnknownKeys.of(doc, pointer, node, v.getType(), config);
            if (!unknown.isEmpty()) {
                return unknown;
            }
        }
        return List.of(toDiagnostic(doc, pointer, node, e));
    }

    private static Diagnostic toDiagnostic(YamlDocument doc, String pointer, JsonNode node, JsonMappingException e) {
        String name = name(doc, pointer);
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = u.getKnownPropertyIds() == null ? List.of()
                    : u.getKnownPropertyIds().stream().map(String::valueOf).toList();
            return UnknownKeys.diagnostic(doc, pointer, u.getPropertyName(), known);
        }
        if (e instanceof ValueInstantiationException) {
            String reason = sentence(rootCause(e).getMessage());
            String what = pointer.isEmpty() ? "front matter" : "'" + name + "'";
            return Diagnostic.error(doc.positionOf(pointer), what + " is not valid: " + reason, "");
        }
        if (e instanceof InvalidDefinitionException d) {
            return bug(doc.positionOf(pointer), name, d);
        }
        if (rootCause(e) instanceof InputCoercionException c && c.getTargetType() != null) {
            return outOfRange(doc.positionOf(pointer), name, c.getTargetType(), ValueWords.actual(node));
        }
        Class<?> type = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (type != null && type.isEnum() && node.isValueNode() && !node.isNull()) {
            List<String> allowed = ValueWords.enumValues(type);
            String written = node.asText();
            return Diagnostic.error(doc.positionOf(pointer),
                    "unknown value '" + written + "' for '" + name + "' (expected " + String.join(", ", allowed) + ")",
                    Suggestions.closest(written, allowed).map(c -> "did you mean `" + c + "`?")
                            .orElse("write one of the values listed"));
        }
        if (type != null) {
            return Diagnostic.error(doc.positionOf(pointer),
                    "'" + name + "' must be " + ValueWords.expected(type) + ", not " + ValueWords.actual(node),
                    ValueWords.hint(type));
        }
        return Diagnostic.error(doc.positionOf(pointer), "'" + name + "' could not be read: " + sentence(e.getOriginalMessage()),
                "check the value against the documentation of this key");
    }

    /** A whole number too large (or small) for the Java type of its field. */
    private static Diagnostic outOfRange(SourcePosition at, String name, Class<?> type, String written) {
        String range = switch (type.getName()) {
            case "int", "java.lang.Integer" -> Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
            case "long", "java.lang.Long" -> Long.MIN_VALUE + " to " + Long.MAX_VALUE;
            case "short", "java.lang.Short" -> Short.MIN_VALUE + " to " + Short.MAX_VALUE;
            case "byte", "java.lang.Byte" -> Byte.MIN_VALUE + " to " + Byte.MAX_VALUE;
            default -> "the allowed range";
        };
        return Diagnostic.error(at, "'" + name + "' must be a whole number from " + range + ", not " + written,
                "write a smaller number");
    }

    /** A failure outside Jackson's mapping layer, reported where binding started. */
    static Diagnostic other(YamlDocument doc, String bindPointer, Exception e) {
        String name = bindPointer.isEmpty() ? "front matter" : "'" + name(doc, bindPointer) + "'";
        return Diagnostic.error(doc.positionOf(bindPointer), name + " could not be read: " + sentence(e.getMessage()),
                "check the values near here");
    }

    private static Diagnostic bug(SourcePosition at, String name, InvalidDefinitionException e) {
        String type = e.getType() == null ? "its Java type" : e.getType().getRawClass().getSimpleName();
        return Diagnostic.error(at, "'" + name + "' cannot be read into " + type + ": " + sentence(e.getOriginalMessage()),
                "this is a bug in hireguide; please report it");
    }

    /** The exception's path as a JSON Pointer relative to the bound node. */
    private static String relativePointer(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                out.append(Pointers.child("", ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                out.append('/').append(ref.getIndex());
            }
        }
        return out.toString();
    }

    static String name(YamlDocument doc, String pointer) {
        return pointer.isEmpty() ? "front matter" : Pointers.dotted(doc.root(), pointer);
    }

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** The first line of a message, without a final period, so it reads as part of a sentence. */
    private static String sentence(String message) {
        String text = message == null ? "no details" : message.lines().findFirst().orElse("no details").strip();
        while (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }
}
