package dev.hireguide.template;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

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

    private static final ClassValue<Map<String, Function<Object, Object>>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Function<Object, Object>> computeValue(Class<?> type) {
            return accessors(type);
        }
    };

    @Override
    public ResolvedAttribute resolve(Object instance, Object attributeName, Object[] arguments, ArgumentsNode args,
            EvaluationContextImpl context, String filename, int lineNumber) {
        if (arguments != null || !(instance instanceof Record)) {
            return null;
        }
        Function<Object, Object> accessor = ACCESSORS.get(instance.getClass()).get(attributeName);
        if (accessor == null) {
            return null;
        }
        try {
            return new ResolvedAttribute(accessor.apply(instance));
        } catch (RuntimeException e) {
            throw new PebbleException(e, "Could not call " + attributeName, lineNumber, filename);
        }
    }

    /** The component accessors of a record class; none for any other class. */
    private static Map<String, Function<Object, Object>> accessors(Class<?> type) {
        if (!type.isRecord()) {
            return Map.of();
        }
        Map<String, Function<Object, Object>> accessors = new HashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Method accessor = component.getAccessor();
            try {
                // Pebble's resolver makes the accessors of non-public records accessible the same way.
                accessor.setAccessible(true);
                accessors.put(component.getName(), reader(accessor));
            } catch (IllegalAccessException | RuntimeException e) {
                // Left to Pebble's resolver, which reports what it cannot read.
            }
        }
        return Map.copyOf(accessors);
    }

    /**
     * Calls the accessor as a lambda: every page reads hundreds of components, and a method handle
     * that is not a constant is called through several generic frames under the JIT's quick tier,
     * while a lambda is one interface call. A record the lambda cannot be linked to (one this
     * class may not see) is read through its method handle.
     */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object> reader(Method accessor) throws IllegalAccessException {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodHandle handle = lookup.unreflect(accessor);
        try {
            CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                    READER, handle, MethodType.methodType(accessor.getReturnType(), accessor.getDeclaringClass()).wrap());
            return (Function<Object, Object>) site.getTarget().invoke();
        } catch (Throwable e) {
            if (e instanceof Error error && !(e instanceof LinkageError)) {
                throw error;
            }
            return new HandleReader(handle.asType(READER));
        }
    }

    /** The accessor of {@code component} in {@code type}, as {@link #resolve} calls it (for tests). */
    static Function<Object, Object> accessor(Class<?> type, String component) {
        return ACCESSORS.get(type).get(component);
    }

    /** Reads a component through its method handle, where no lambda could be linked to it. */
    record HandleReader(MethodHandle handle) implements Function<Object, Object> {
        @Override
        public Object apply(Object instance) {
            try {
                return (Object) handle.invokeExact(instance);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new UndeclaredThrowableException(e);
            }
        }
    }
}
