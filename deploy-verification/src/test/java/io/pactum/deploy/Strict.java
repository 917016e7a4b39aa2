package io.pactum.deploy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fabric8 and Strimzi models keep properties they do not know in an {@code additionalProperties} map
 * instead of failing (Jackson's any-setter), so FAIL_ON_UNKNOWN_PROPERTIES alone would let a misspelt key
 * through. This walks the whole object graph and fails on any such map that is not empty, naming the path.
 */
final class Strict {

    private Strict() {
    }

    static void check(Object resource, String what) {
        List<String> unknown = new ArrayList<>();
        walk(resource, "", unknown, new IdentityHashMap<>());
        if (!unknown.isEmpty()) {
            throw new AssertionError(what + ": properties the model does not know: " + unknown);
        }
    }

    private static boolean isModel(Class<?> type) {
        return type.getName().startsWith("io.fabric8.") || type.getName().startsWith("io.strimzi.");
    }

    private static void walk(Object node, String path, List<String> unknown, IdentityHashMap<Object, Boolean> seen) {
        if (node == null || seen.put(node, true) != null) {
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> walk(value, path + "." + key, unknown, seen));
            return;
        }
        if (node instanceof Collection<?> collection) {
            int i = 0;
            for (Object item : collection) {
                walk(item, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        if (node instanceof Enum<?> || !isModel(node.getClass())) {
            return;
        }
        for (Class<?> c = node.getClass(); c != null && isModel(c); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                Object value;
                try {
                    value = field.get(node);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                if (field.getName().equals("additionalProperties") && value instanceof Map<?, ?> extra) {
                    extra.keySet().forEach(key -> unknown.add(path + "." + key));
                } else {
                    walk(value, path + "." + field.getName(), unknown, seen);
                }
            }
        }
    }
}
