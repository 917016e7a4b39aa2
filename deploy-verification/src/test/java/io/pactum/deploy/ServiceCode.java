package io.pactum.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
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
        String definition = environment.getProperty("spring.cloud.function.definition", "");
        for (String function : definition.split(";")) {
            if (function.isBlank()) {
                continue;
            }
            String destination = environment.getProperty("spring.cloud.stream.bindings." + function.trim() + "-in-0.destination");
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
