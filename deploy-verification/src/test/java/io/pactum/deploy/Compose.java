package io.pactum.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * docker-compose.yml as docker compose sees it: YAML anchors and merge keys resolved, then variables
 * interpolated ({@code ${VAR}}, {@code ${VAR:-default}}, {@code ${VAR-default}}, {@code ${VAR:?error}},
 * {@code ${VAR?error}}, {@code $$}) from a given set of values, as from an {@code .env} file.
 */
final class Compose {

    static final String FILE = "docker-compose.yml";
    static final String ENV_EXAMPLE = ".env.example";

    private static final Pattern VARIABLE = Pattern.compile(
            "\\$(?:\\$|\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}|([A-Za-z_][A-Za-z0-9_]*))");

    private final Map<String, Object> model;

    private Compose(Map<String, Object> model) {
        this.model = model;
    }

    /** The compose file with .env.example's values, every empty one given a stand-in (as a user fills them in). */
    static Compose withExampleEnvironment() {
        Map<String, String> values = new LinkedHashMap<>();
        envExample().forEach((name, value) -> values.put(name, value.isEmpty() ? "stand-in-" + name.toLowerCase() : value));
        return load(values);
    }

    static Compose load(Map<String, String> values) {
        return new Compose(interpolate(Repo.yamlMap(Repo.read(FILE)), values));
    }

    /** KEY=VALUE lines of .env.example, comments and blank lines left out. */
    static Map<String, String> envExample() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Repo.read(ENV_EXAMPLE).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            if (equals < 1) {
                throw new IllegalStateException(ENV_EXAMPLE + ": not KEY=VALUE: " + line);
            }
            values.put(trimmed.substring(0, equals), trimmed.substring(equals + 1));
        }
        return values;
    }

    /** Variables the compose file uses, and those of them it requires ({@code :?} / {@code ?}). */
    static Set<String> variablesUsed(boolean requiredOnly) {
        Matcher matcher = VARIABLE.matcher(Repo.read(FILE));
        Set<String> names = new TreeSet<>();
        while (matcher.find()) {
            String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(4);
            if (name == null) {
                continue; // $$
            }
            boolean required = matcher.group(2) != null && matcher.group(2).endsWith("?");
            if (!requiredOnly || required) {
                names.add(name);
            }
        }
        return names;
    }

    Map<String, Object> model() {
        return model;
    }

    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> services() {
        return (Map<String, Map<String, Object>>) model.get("services");
    }

    Map<String, Object> service(String name) {
        Map<String, Object> service = services().get(name);
        if (service == null) {
            throw new AssertionError(FILE + " has no service " + name);
        }
        return service;
    }

    /** A service's environment as strings (map or list form). */
    Map<String, String> environment(String name) {
        Object environment = service(name).get("environment");
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> map) {
            map.forEach((key, value) -> variables.put(String.valueOf(key), value == null ? "" : String.valueOf(value)));
        } else if (environment instanceof List<?> list) {
            for (Object item : list) {
                String entry = String.valueOf(item);
                int equals = entry.indexOf('=');
                variables.put(equals < 0 ? entry : entry.substring(0, equals), equals < 0 ? "" : entry.substring(equals + 1));
            }
        }
        return variables;
    }

    /** A one-shot job runs once and exits; everything else runs on and must report health. */
    boolean isOneShot(String name) {
        return "no".equals(String.valueOf(service(name).get("restart")));
    }

    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> dependsOn(String name) {
        Object dependsOn = service(name).get("depends_on");
        if (dependsOn == null) {
            return Map.of();
        }
        if (!(dependsOn instanceof Map<?, ?>)) {
            throw new AssertionError(name + ": depends_on must name a condition for each dependency, not list them");
        }
        return (Map<String, Map<String, Object>>) dependsOn;
    }

    @SuppressWarnings("unchecked")
    private static <T> T interpolate(T node, Map<String, String> values) {
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, value) -> copy.put(key, interpolate(value, values)));
            return (T) copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(interpolate(item, values)));
            return (T) copy;
        }
        if (node instanceof String text) {
            return (T) interpolate(text, values);
        }
        return node;
    }

    static String interpolate(String text, Map<String, String> values) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String replacement;
            if (matcher.group().equals("$$")) {
                replacement = "$";
            } else {
                String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(4);
                String operator = matcher.group(2);
                String argument = matcher.group(3);
                String value = values.get(name);
                boolean unsetOrEmpty = value == null || value.isEmpty();
                if (operator == null) {
                    replacement = value == null ? "" : value;
                } else if (operator.equals(":-")) {
                    replacement = unsetOrEmpty ? argument : value;
                } else if (operator.equals("-")) {
                    replacement = value == null ? argument : value;
                } else if (operator.equals(":?") ? unsetOrEmpty : value == null) {
                    throw new IllegalStateException("required variable " + name + " is missing: " + argument);
                } else {
                    replacement = value;
                }
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
