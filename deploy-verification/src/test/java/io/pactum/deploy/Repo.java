package io.pactum.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The repository this module sits in, and strict YAML reading (duplicate keys are errors). */
final class Repo {

    static final Path ROOT = findRoot();

    private Repo() {
    }

    private static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml")) && Files.isDirectory(dir.resolve("deploy-verification"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("not inside the Pactum repository: " + Path.of("").toAbsolutePath());
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static String read(String relative) {
        return read(path(relative));
    }

    static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The service modules, as the root pom lists them: a new service cannot be left out of the deployment. */
    static List<String> services() {
        Matcher modules = Pattern.compile("<module>([a-z-]+-service)</module>").matcher(read("pom.xml"));
        List<String> services = new ArrayList<>();
        while (modules.find()) {
            services.add(modules.group(1));
        }
        return List.copyOf(services);
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(200);
        return new Yaml(new SafeConstructor(options));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yamlMap(String text) {
        return (Map<String, Object>) yaml().load(text);
    }

    /** Every document of a multi-document YAML stream, empty ones left out. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> yamlDocuments(String text) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : yaml().loadAll(text)) {
            if (document != null) {
                documents.add((Map<String, Object>) document);
            }
        }
        return documents;
    }

    @SuppressWarnings("unchecked")
    static <T> T at(Object node, String... keys) {
        Object current = node;
        for (String key : keys) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return (T) current;
    }
}
