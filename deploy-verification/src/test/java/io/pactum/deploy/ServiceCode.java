package io.pactum.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.FileSystemResource;

/**
 * What a service's code expects of its environment, read the way Spring Boot reads it: the service's
 * {@code application.yml} over the chassis defaults ({@code pactum-chassis-defaults.properties}), with a given
 * set of environment variables on top — so a deployment's variables are checked by resolving the properties
 * the service really uses, not by comparing names.
 */
final class ServiceCode {

    static final String CHASSIS_DEFAULTS = "service-chassis/src/main/resources/pactum-chassis-defaults.properties";

    private static final Pattern ENV_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");
    private static final Pattern TYPE_DECLARATION = Pattern.compile("(?m)^(?:public |final |abstract )*(?:class|record|interface) \\w+");
    private static final Pattern MAPPING = Pattern.compile(
            "@(?:Request|Get|Post|Put|Delete|Patch)Mapping\\(([^)]*)\\)|add(?:Redirect)?ViewController\\((\"[^\"]*\")");
    private static final Pattern PATH_LITERAL = Pattern.compile("\"(/[^\"]*)\"");

    private ServiceCode() {
    }

    /** The environment the service would see with exactly these variables set (nothing from this JVM). */
    static StandardEnvironment environment(String service, Map<String, String> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        sources.addLast(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new LinkedHashMap<>(variables)));
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader().load("application.yml",
                    new FileSystemResource(Repo.path(service + "/src/main/resources/application.yml")))) {
                sources.addLast(source);
            }
            for (PropertySource<?> source : new PropertiesPropertySourceLoader().load("chassis",
                    new FileSystemResource(Repo.path(CHASSIS_DEFAULTS)))) {
                sources.addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return environment;
    }

    /** The HTTP port the service listens on when nothing overrides it. */
    static int defaultPort(String service) {
        return environment(service, Map.of()).getRequiredProperty("server.port", Integer.class);
    }

    static String applicationName(String service) {
        return environment(service, Map.of()).getRequiredProperty("spring.application.name");
    }

    /** The topics the service consumes: each function of spring.cloud.function.definition and its in-0 destination. */
    static Set<String> consumedTopics(String service) {
        StandardEnvironment environment = environment(service, Map.of());
        Set<String> topics = new TreeSet<>();
        for (String function : functions(environment)) {
            String destination = environment.getProperty("spring.cloud.stream.bindings." + function + "-in-0.destination");
            if (destination == null) {
                throw new IllegalStateException(service + ": function " + function + " has no in-0 destination");
            }
            topics.add(destination);
        }
        return topics;
    }

    /** The dead-letter topics the service writes to: {@code <topic>.<service>.dlq} (the chassis's DlqDestinationResolver). */
    static Set<String> deadLetterTopics(String service) {
        Set<String> topics = new TreeSet<>();
        for (String topic : consumedTopics(service)) {
            topics.add(topic + "." + applicationName(service) + ".dlq");
        }
        return topics;
    }

    /**
     * The consumer groups the service joins: each function's binding group, or the default group (the service's
     * name). A binding may have its own group, as analytics-service's second view of pactum.workforce does.
     */
    static Set<String> consumerGroups(String service) {
        StandardEnvironment environment = environment(service, Map.of());
        Set<String> groups = new TreeSet<>();
        for (String function : functions(environment)) {
            groups.add(environment.getProperty("spring.cloud.stream.bindings." + function + "-in-0.group",
                    environment.getRequiredProperty("spring.cloud.stream.default.group")));
        }
        return groups;
    }

    private static List<String> functions(StandardEnvironment environment) {
        List<String> functions = new ArrayList<>();
        for (String function : environment.getProperty("spring.cloud.function.definition", "").split(";")) {
            if (!function.isBlank()) {
                functions.add(function.trim());
            }
        }
        return functions;
    }

    /**
     * The service's own settings: every key under {@code pactum.<group>} in its application.yml
     * ({@code pactum.notifications.dispatch} stands for all of {@code dispatch.*}, a list or map for its entries;
     * an empty map, such as {@code fiscal-year-start: {}}, is a setting too), each with the property names under it.
     */
    static Map<String, Set<String>> settings(String service) {
        Map<String, Set<String>> settings = new TreeMap<>();
        Map<String, Object> pactum = Repo.at(Repo.yamlMap(Repo.read(service + "/src/main/resources/application.yml")), "pactum");
        if (pactum == null) {
            return settings;
        }
        pactum.forEach((group, value) -> {
            if (value instanceof Map<?, ?> keys) {
                keys.keySet().forEach(key -> settings.put("pactum." + group + "." + key, new TreeSet<>()));
            } else {
                settings.put("pactum." + group, new TreeSet<>());
            }
        });
        for (String name : ((EnumerablePropertySource<?>) yaml(service)).getPropertyNames()) {
            settings.forEach((setting, names) -> {
                if (name.equals(setting) || name.startsWith(setting + ".") || name.startsWith(setting + "[")) {
                    names.add(name);
                }
            });
        }
        return settings;
    }

    /**
     * Whether these environment variables set a setting of {@link #settings}: a variable named after it or after
     * a property under it (relaxed binding: {@code PACTUM_NOTIFICATIONS_PUBLIC_URL} or
     * {@code PACTUM_NOTIFICATIONS_PUBLICURL}), or one its application.yml value names as a placeholder.
     */
    static boolean sets(String service, String setting, Map<String, String> variables) {
        String underscores = setting.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
        String joined = setting.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", "");
        for (String variable : variables.keySet()) {
            if (variable.equals(underscores) || variable.startsWith(underscores + "_")
                    || variable.equals(joined) || variable.startsWith(joined + "_")) {
                return true;
            }
        }
        Set<String> properties = settings(service).get(setting);
        if (properties == null) {
            throw new IllegalArgumentException(service + " has no setting " + setting);
        }
        for (String property : properties) {
            Matcher placeholder = ENV_PLACEHOLDER.matcher(String.valueOf(yaml(service).getProperty(property)));
            while (placeholder.find()) {
                if (variables.containsKey(placeholder.group(1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static PropertySource<?> yaml(String service) {
        try {
            return new YamlPropertySourceLoader().load("application.yml",
                    new FileSystemResource(Repo.path(service + "/src/main/resources/application.yml"))).getFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first path segment of every HTTP path the service's code serves: class-level request mappings, method
     * mappings of controllers without one, and view controllers ({@code /api}, {@code /dashboard}, ...).
     */
    static Set<String> pathRoots(String service) {
        Set<String> roots = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Repo.path(service + "/src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Repo.read(file);
                Matcher declaration = TYPE_DECLARATION.matcher(text);
                int body = declaration.find() ? declaration.start() : 0;
                List<String> prefixes = mappedPaths(text.substring(0, body));
                for (String path : prefixes.isEmpty() ? mappedPaths(text.substring(body)) : prefixes) {
                    roots.add(path.replaceFirst("^(/[^/]*).*", "$1"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return roots;
    }

    private static List<String> mappedPaths(String text) {
        List<String> paths = new ArrayList<>();
        Matcher mapping = MAPPING.matcher(text);
        while (mapping.find()) {
            Matcher literal = PATH_LITERAL.matcher(mapping.group(1) != null ? mapping.group(1) : mapping.group(2));
            while (literal.find()) {
                paths.add(literal.group(1));
            }
        }
        return paths;
    }

    /** Environment variables named in placeholders of the service's application.yml and the chassis defaults. */
    static Set<String> variablesRead(String service) {
        Set<String> names = new TreeSet<>();
        for (String text : List.of(Repo.read(service + "/src/main/resources/application.yml"), Repo.read(CHASSIS_DEFAULTS))) {
            Matcher matcher = ENV_PLACEHOLDER.matcher(text);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /** The variables local-platform's ServiceProcesses sets for every service it starts (the other deployment). */
    static Set<String> variablesSetByLocalPlatform() {
        Matcher matcher = Pattern.compile("env\\.put\\(\"([A-Z][A-Z0-9_]*)\"")
                .matcher(Repo.read("local-platform/src/main/java/io/pactum/platform/ServiceProcesses.java"));
        Set<String> names = new TreeSet<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    static List<String> all() {
        return new ArrayList<>(Repo.services());
    }
}
