package io.pactum.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Kubernetes manifests of deploy/kubernetes as the cluster would get them: rendered by kustomize
 * ({@code kubectl kustomize}, offline) and read strictly — each document into its typed model (fabric8 for
 * Kubernetes and Prometheus Operator kinds, Strimzi's own model for Kafka kinds) with {@link Strict} refusing
 * any property the model does not know; MongoDBCommunity, which has no Java model, against a JSON Schema
 * written from the operator's API types, with its StatefulSet override read strictly as a StatefulSetSpec.
 */
final class Manifests {

    static final String KUSTOMIZE_ROOT = "deploy/kubernetes";
    static final String KAFKA_CLUSTER = "pactum";
    static final String MONGODB_COMMUNITY = "mongodbcommunity.mongodb.com/v1/MongoDBCommunity";

    static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("monitoring.coreos.com/v1/ServiceMonitor", ServiceMonitor.class),
            Map.entry("monitoring.coreos.com/v1/PrometheusRule", PrometheusRule.class),
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class));

    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

    private final String name;
    private final List<Map<String, Object>> documents;
    private final List<Object> resources;

    private Manifests(String name, List<Map<String, Object>> documents) {
        this.name = name;
        this.documents = documents;
        this.resources = documents.stream().map(Manifests::read).toList();
    }

    static Manifests base() {
        return rendered("base");
    }

    static Manifests overlay(String overlay) {
        return rendered("overlays/" + overlay);
    }

    static List<String> overlays() {
        try (Stream<Path> dirs = Files.list(Repo.path(KUSTOMIZE_ROOT + "/overlays"))) {
            return dirs.filter(Files::isDirectory).map(dir -> dir.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Manifests rendered(String relative) {
        return RENDERED.computeIfAbsent(relative, r -> new Manifests(r, Repo.yamlDocuments(kustomize(r))));
    }

    /** One typed resource (or, for MongoDBCommunity, the checked document as a Map). */
    static Object read(Map<String, Object> document) {
        String key = document.get("apiVersion") + "/" + document.get("kind");
        if (key.equals(MONGODB_COMMUNITY)) {
            checkMongoDbCommunity(document);
            return document;
        }
        Class<? extends HasMetadata> type = KINDS.get(key);
        if (type == null) {
            throw new AssertionError("no model to check " + key + " (" + Repo.at(document, "metadata", "name") + ") against");
        }
        HasMetadata resource = MAPPER.convertValue(document, type);
        Strict.check(resource, key + " " + resource.getMetadata().getName());
        return resource;
    }

    private static void checkMongoDbCommunity(Map<String, Object> document) {
        String name = Repo.at(document, "metadata", "name");
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Repo.read("deploy-verification/src/test/resources/schemas/mongodbcommunity.schema.json"), InputFormat.JSON);
        String json;
        try {
            json = MAPPER.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        if (!errors.isEmpty()) {
            throw new AssertionError("MongoDBCommunity " + name + ": " + errors);
        }
        Object statefulSet = Repo.at(document, "spec", "statefulSet", "spec");
        if (statefulSet != null) {
            Strict.check(MAPPER.convertValue(statefulSet, StatefulSetSpec.class), "MongoDBCommunity " + name + " statefulSet.spec");
        }
    }

    String name() {
        return name;
    }

    List<Map<String, Object>> documents() {
        return documents;
    }

    <T> List<T> ofKind(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> T named(Class<T> type, String resourceName) {
        return ofKind(type).stream().filter(r -> r.getMetadata().getName().equals(resourceName)).findFirst()
                .orElseThrow(() -> new AssertionError(name + ": no " + type.getSimpleName() + " " + resourceName));
    }

    List<Map<String, Object>> mongoDbCommunities() {
        return documents.stream().filter(d -> (d.get("apiVersion") + "/" + d.get("kind")).equals(MONGODB_COMMUNITY)).toList();
    }

    /**
     * Renders a kustomization in a copy of deploy/ where each overlay's secrets.env is made from its
     * secrets.env.example with stand-in values, as an operator would fill it in.
     */
    private static String kustomize(String relative) {
        Path copy = null;
        try {
            copy = Files.createTempDirectory("pactum-kustomize");
            Path deploy = Repo.path("deploy");
            try (Stream<Path> files = Files.walk(deploy)) {
                for (Path source : files.toList()) {
                    Path target = copy.resolve(Repo.ROOT.relativize(source));
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else if (source.getFileName().toString().equals("secrets.env")) {
                        continue; // a real one, if someone has it here, is not read
                    } else {
                        Files.copy(source, target);
                        if (source.getFileName().toString().equals("secrets.env.example")) {
                            List<String> lines = new ArrayList<>();
                            for (String line : Files.readAllLines(source)) {
                                lines.add(line.matches("[a-z0-9-]+=") ? line + "stand-in" : line);
                            }
                            Files.write(target.resolveSibling("secrets.env"), lines);
                        }
                    }
                }
            }
            Process process = new ProcessBuilder(kubectl(), "kustomize", copy.resolve(KUSTOMIZE_ROOT).resolve(relative).toString())
                    .redirectErrorStream(false).start();
            byte[] out = process.getInputStream().readAllBytes();
            byte[] err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + relative + " failed: " + new String(err, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(copy);
        }
    }

    /** kubectl has kustomize built in and renders without a cluster; it is on the project's machines (Debian package kubectl). */
    static String kubectl() {
        for (String dir : Objects.requireNonNullElse(System.getenv("PATH"), "").split(":")) {
            Path candidate = Path.of(dir, "kubectl");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new AssertionError("kubectl is needed to render deploy/kubernetes with its built-in kustomize "
                + "(offline, no cluster): install it (e.g. apt-get install kubectl) or put it on the PATH");
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
