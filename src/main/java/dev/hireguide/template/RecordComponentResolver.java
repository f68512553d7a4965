package dev.hireguide.template;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads {@code page.title} from the view records. Pebble's resolver would find
 * the same accessor, since a public method named like the attribute is the first thing it
 * looks for, but on every read it builds a cache key, copies the accessor's parameter types
 * and calls it through reflection. Here each record class's accessors are found once.
 * Anything else (other classes, calls with arguments, names that are not components) is
 * left to Pebble's resolver, which runs next.
 */
final class RecordComponentResolver implements AttributeResolver {

    private static final MethodType READER = MethodType.methodType(Object.class, Object.class);

    private static final ClassValue<Map<String, MethodHandle>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            return accessors(type);
        }
    };

    @Override
    public ResolvedAttribute resolve(Object instance, Object attributeName, Object[] arguments, ArgumentsNode args,
            EvaluationContextImpl context, String filename, int lineNumber) {
        if (arguments != null || !(instance instanceof Record)) {
            return null;
        }
        MethodHandle accessor = ACCESSORS.get(instance.getClass()).get(attributeName);
        if (accessor == null) {
            return null;
        }
        try {
            return new ResolvedAttribute((Object) accessor.invokeExact(instance));
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            throw new PebbleException(e, "Could not call " + attributeName, lineNumber, filename);
        }
    }

    /** The component accessors of a record class; none for any other class. */
    private static Map<String, MethodHandle> accessors(Class<?> type) {
        if (!type.isRecord()) {
            return Map.of();
        }
        Map<String, MethodHandle> accessors = new HashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Method accessor = component.getAccessor();
            try {
                // Pebble's resolver makes the accessors of non-public records accessible the same way.
                accessor.setAccessible(true);
                accessors.put(component.getName(), MethodHandles.lookup().unreflect(accessor).asType(READER));
            } catch (IllegalAccessException | RuntimeException e) {
                // Left to Pebble's resolver, which reports what it cannot read.
            }
        }
        return Map.copyOf(accessors);
    }
}
