package io.pactum.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.Endpoint;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;

/**
 * deploy/kubernetes: the base and every overlay render and parse strictly, and what they say agrees with the
 * code (ports, health endpoints, the environment the services resolve, topics behind the autoscaling ceiling)
 * and with each other (Services, ServiceMonitor, NetworkPolicies, the Kafka listener, MongoDB users and
 * Secrets). Each overlay is checked, since that is what gets applied.
 */
class KubernetesManifestsTest {

    static final String MONGODB_LABEL = "pactum.io/mongodb-for";
    /** The overlay's Secret from its secrets.env: MongoDB passwords and notification-service's unsubscribe key. */
    static final String SECRETS = "pactum-secrets";

    static List<String> kustomizations() {
        List<String> all = new ArrayList<>(List.of("base"));
        all.addAll(Manifests.overlays());
        return all;
    }

    static Stream<Arguments> servicesInEachKustomization() {
        return kustomizations().stream().flatMap(k -> Repo.services().stream().map(s -> Arguments.of(k, s)));
    }

    static Manifests manifests(String kustomization) {
        return kustomization.equals("base") ? Manifests.base() : Manifests.overlay(kustomization);
    }

    @Test
    void there_is_a_staging_and_a_production_overlay() {
        assertThat(Manifests.overlays()).contains("staging", "production");
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void everything_renders_into_known_kinds_for_every_service(String kustomization) {
        Manifests manifests = manifests(kustomization);
        Set<String> services = new TreeSet<>(Repo.services());
        assertThat(names(manifests.ofKind(Deployment.class))).isEqualTo(services);
        assertThat(names(manifests.ofKind(Service.class))).isEqualTo(services);
        assertThat(names(manifests.ofKind(HorizontalPodAutoscaler.class))).isEqualTo(services);
        assertThat(names(manifests.ofKind(PodDisruptionBudget.class))).isEqualTo(services);
        assertThat(names(manifests.ofKind(NetworkPolicy.class))).isEqualTo(services);
        assertThat(manifests.ofKind(ServiceMonitor.class)).hasSize(1);
        assertThat(manifests.ofKind(Kafka.class)).hasSize(1);
        assertThat(manifests.mongoDbCommunities()).hasSize(services.size());
        for (Map<String, Object> document : manifests.documents()) {
            assertThat(Repo.<String>at(document, "metadata", "namespace")).as(Repo.<String>at(document, "metadata", "name"))
                    .isIn("pactum", null);
        }
    }

    @Test
    void the_strict_reading_refuses_a_misspelt_key_in_every_kind_of_model() {
        Map<String, Object> deployment = deepCopy(Manifests.base().documents().stream()
                .filter(d -> "Deployment".equals(d.get("kind"))).findFirst().orElseThrow());
        Map<String, Object> spec = Repo.at(deployment, "spec");
        spec.put("replica", spec.remove("replicas"));
        assertThatThrownBy(() -> Manifests.read(deployment)).hasMessageContaining(".spec.replica");

        Map<String, Object> topic = deepCopy(Manifests.base().documents().stream()
                .filter(d -> "KafkaTopic".equals(d.get("kind"))).findFirst().orElseThrow());
        Map<String, Object> topicSpec = Repo.at(topic, "spec");
        topicSpec.put("partition", topicSpec.remove("partitions"));
        assertThatThrownBy(() -> Manifests.read(topic)).hasMessageContaining("partition");

        Map<String, Object> mongo = deepCopy(Manifests.base().mongoDbCommunities().getFirst());
        Map<String, Object> mongoSpec = Repo.at(mongo, "spec");
        mongoSpec.put("member", mongoSpec.remove("members"));
        assertThatThrownBy(() -> Manifests.read(mongo)).hasMessageContaining("member");

        Map<String, Object> mongoStatefulSet = deepCopy(Manifests.base().mongoDbCommunities().getFirst());
        Map<String, Object> template = Repo.at(mongoStatefulSet, "spec", "statefulSet", "spec", "template");
        template.put("metdata", template.remove("metadata"));
        assertThatThrownBy(() -> Manifests.read(mongoStatefulSet)).hasMessageContaining("metdata");
    }

    @ParameterizedTest
    @MethodSource("servicesInEachKustomization")
    void the_deployment_listens_and_reports_health_where_the_code_does(String kustomization, String service) {
        Manifests manifests = manifests(kustomization);
        Deployment deployment = manifests.named(Deployment.class, service);
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        Container container = pod.getContainers().getFirst();
        int port = ServiceCode.defaultPort(service);

        ContainerPort http = container.getPorts().stream().filter(p -> "http".equals(p.getName())).findFirst().orElseThrow();
        assertThat(http.getContainerPort()).isEqualTo(port);
        assertThat(probe(container.getReadinessProbe().getHttpGet(), container)).isEqualTo(port + " /actuator/health/readiness");
        assertThat(probe(container.getLivenessProbe().getHttpGet(), container)).isEqualTo(port + " /actuator/health/liveness");
        assertThat(probe(container.getStartupProbe().getHttpGet(), container)).isEqualTo(port + " /actuator/health/liveness");
        assertThat(container.getImage()).contains("/" + service + ":");
        if (!kustomization.equals("base")) {
            assertThat(container.getImage()).as("an overlay pins the image").doesNotEndWith(":latest");
        }

        Service k8sService = manifests.named(Service.class, service);
        assertThat(k8sService.getSpec().getPorts()).singleElement().satisfies(p -> {
            assertThat(p.getPort()).isEqualTo(port);
            assertThat(p.getName()).isEqualTo("http");
            assertThat(p.getTargetPort().getStrVal()).isEqualTo("http");
        });
        assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels()).containsAllEntriesOf(k8sService.getSpec().getSelector());
    }

    @ParameterizedTest
    @MethodSource("servicesInEachKustomization")
    void the_pods_run_as_the_image_s_unprivileged_user_with_limits(String kustomization, String service) {
        Deployment deployment = manifests(kustomization).named(Deployment.class, service);
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        Container container = pod.getContainers().getFirst();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(DockerfileTest.imageUid());
        assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(container.getVolumeMounts()).anyMatch(m -> m.getMountPath().equals("/tmp"));
        assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(container.getResources().getLimits()).containsKey("memory");
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("servicesInEachKustomization")
    void replicas_scale_http_but_never_past_the_partitions_consumers_can_use(String kustomization, String service) {
        Manifests manifests = manifests(kustomization);
        HorizontalPodAutoscaler hpa = manifests.named(HorizontalPodAutoscaler.class, service);
        assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(service);
        assertThat(hpa.getSpec().getMinReplicas()).isBetween(1, hpa.getSpec().getMaxReplicas());
        for (String topic : ServiceCode.consumedTopics(service)) {
            assertThat(hpa.getSpec().getMaxReplicas()).as(service + " consumes " + topic)
                    .isLessThanOrEqualTo(KafkaTopicsTest.partitions(topic));
        }
        PodDisruptionBudget pdb = manifests.named(PodDisruptionBudget.class, service);
        Deployment deployment = manifests.named(Deployment.class, service);
        assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
                .containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());
        assertThat(pdb.getSpec().getMaxUnavailable() != null || pdb.getSpec().getMinAvailable() != null).isTrue();
    }

    @ParameterizedTest
    @MethodSource("servicesInEachKustomization")
    void the_environment_resolves_to_the_cluster_s_kafka_mongodb_and_oidc_provider(String kustomization, String service) {
        Manifests manifests = manifests(kustomization);
        Map<String, String> variables = environment(manifests, service);
        StandardEnvironment environment = ServiceCode.environment(service, variables);

        assertThat(ServiceCode.variablesRead(service)).allSatisfy(name -> assertThat(variables).as(service).containsKey(name));
        // the demo seed's movable clock is the local platform's alone; a production clock never moves
        assertThat(variables).as(service).doesNotContainKey("PACTUM_CLOCK_ADJUSTABLE");
        assertThat(environment.getProperty("pactum.clock.adjustable", Boolean.class, false)).as(service + " clock adjustable").isFalse();
        assertThat(environment.getRequiredProperty("server.port", Integer.class)).isEqualTo(ServiceCode.defaultPort(service));
        assertThat(environment.getProperty("pactum.kafka.bootstrap-servers")).isEqualTo(kafkaBootstrap(manifests));
        assertThat(environment.getProperty("spring.mongodb.database")).isEqualTo(MongoDatabases.database(service));
        URI mongo = URI.create(environment.getRequiredProperty("spring.mongodb.uri"));
        assertThat(mongo.getUserInfo()).startsWith(service + ":");

        URI issuer = URI.create(environment.getRequiredProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri"));
        assertThat(issuer.getScheme()).isEqualTo("https");
        assertThat(issuer.getPath()).isEqualTo("/realms/" + KeycloakRealmTest.realmName());
        assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri"))
                .endsWith("/realms/" + KeycloakRealmTest.realmName() + "/protocol/openid-connect/certs");
        assertThat(Binder.get(environment).bind("management.metrics.distribution.percentiles-histogram",
                Bindable.mapOf(String.class, Boolean.class)).orElse(Map.of())).containsEntry("http.server.requests", true);
    }

    @ParameterizedTest
    @MethodSource("servicesInEachKustomization")
    void the_service_reaches_only_dns_kafka_its_own_mongodb_and_the_oidc_provider(String kustomization, String service) {
        Manifests manifests = manifests(kustomization);
        NetworkPolicy policy = manifests.named(NetworkPolicy.class, service);
        Deployment deployment = manifests.named(Deployment.class, service);
        assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
                .containsAllEntriesOf(policy.getSpec().getPodSelector().getMatchLabels());
        assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");

        Set<String> reached = new TreeSet<>();
        for (NetworkPolicyEgressRule rule : policy.getSpec().getEgress()) {
            Set<Integer> ports = new HashSet<>();
            for (NetworkPolicyPort port : rule.getPorts()) {
                ports.add(port.getPort().getIntVal());
            }
            for (NetworkPolicyPeer peer : rule.getTo()) {
                reached.add(classify(manifests, service, peer, ports));
            }
        }
        Set<String> expected = new TreeSet<>(Set.of("dns", "kafka", "own-mongodb", "oidc"));
        if (service.equals("notification-service")) {
            expected.add("smtp");
            expected.add("webhooks"); // Slack and Teams incoming webhooks, https
        }
        assertThat(reached).isEqualTo(expected);

        int port = ServiceCode.defaultPort(service);
        assertThat(policy.getSpec().getIngress()).allSatisfy(rule ->
                assertThat(rule.getPorts()).extracting(p -> p.getPort().getIntVal()).containsExactly(port));
    }

    /** What an egress peer is; anything unexpected fails the test with its description. */
    private static String classify(Manifests manifests, String service, NetworkPolicyPeer peer, Set<Integer> ports) {
        Map<String, String> pods = peer.getPodSelector() == null ? Map.of() : peer.getPodSelector().getMatchLabels();
        Map<String, String> namespaces = peer.getNamespaceSelector() == null ? Map.of() : peer.getNamespaceSelector().getMatchLabels();
        if ("kube-dns".equals(pods.get("k8s-app")) && "kube-system".equals(namespaces.get("kubernetes.io/metadata.name"))) {
            assertThat(ports).containsExactly(53);
            return "dns";
        }
        if (KAFKA_CLUSTER_LABEL_VALUE.equals(pods.get("strimzi.io/cluster")) && namespaces.isEmpty()) {
            assertThat(ports).containsExactly(kafkaListener(manifests).getPort());
            return "kafka";
        }
        if (pods.containsKey(MONGODB_LABEL) && namespaces.isEmpty()) {
            assertThat(pods.get(MONGODB_LABEL)).as(service + " may reach only its own MongoDB").isEqualTo(service);
            assertThat(mongoDbPodLabels(manifests, service)).as("the MongoDBCommunity pods of " + service)
                    .containsAllEntriesOf(pods);
            assertThat(ports).containsExactly(27017);
            return "own-mongodb";
        }
        if ("keycloak".equals(namespaces.get("kubernetes.io/metadata.name")) && pods.isEmpty()) {
            return "oidc";
        }
        if (peer.getIpBlock() != null && ports.equals(Set.of(587))) {
            return "smtp";
        }
        if (peer.getIpBlock() != null && ports.equals(Set.of(443))) {
            assertThat(peer.getIpBlock().getExcept()).as(service + " webhooks reach nothing private")
                    .contains("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16");
            return "webhooks";
        }
        throw new AssertionError(service + " may reach something unexpected: " + peer + " on " + ports);
    }

    private static final String KAFKA_CLUSTER_LABEL_VALUE = Manifests.KAFKA_CLUSTER;

    @ParameterizedTest
    @MethodSource("kustomizations")
    void kafka_is_replicated_three_times_and_its_listener_admits_the_services(String kustomization) {
        Manifests manifests = manifests(kustomization);
        Kafka kafka = manifests.named(Kafka.class, Manifests.KAFKA_CLUSTER);
        Map<String, Object> config = kafka.getSpec().getKafka().getConfig();
        assertThat(String.valueOf(config.get("default.replication.factor"))).isEqualTo("3");
        assertThat(String.valueOf(config.get("min.insync.replicas"))).isEqualTo("2");
        assertThat(String.valueOf(config.get("auto.create.topics.enable"))).isEqualTo("false");
        int brokers = manifests.ofKind(KafkaNodePool.class).stream()
                .filter(pool -> pool.getSpec().getRoles().contains(ProcessRoles.BROKER))
                .mapToInt(pool -> pool.getSpec().getReplicas()).sum();
        assertThat(brokers).isGreaterThanOrEqualTo(3);
        assertThat(manifests.ofKind(KafkaNodePool.class)).allSatisfy(pool ->
                assertThat(pool.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", Manifests.KAFKA_CLUSTER));

        GenericKafkaListener listener = kafkaListener(manifests);
        Map<String, String> admitted = listener.getNetworkPolicyPeers().getFirst().getPodSelector().getMatchLabels();
        for (String service : Repo.services()) {
            assertThat(manifests.named(Deployment.class, service).getSpec().getTemplate().getMetadata().getLabels())
                    .as(service + " is admitted by the Kafka listener").containsAllEntriesOf(admitted);
        }
        assertThat(kafka.getSpec().getKafkaExporter()).as("consumer lag and dead-letter counts for the dashboards").isNotNull();
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void every_service_has_its_own_mongodb_user_with_its_connection_string_and_password(String kustomization) {
        Manifests manifests = manifests(kustomization);
        Set<String> passwordKeys = new TreeSet<>();
        for (String service : Repo.services()) {
            Map<String, Object> replicaSet = mongoDbFor(manifests, service);
            List<Map<String, Object>> users = Repo.at(replicaSet, "spec", "users");
            Map<String, Object> user = users.stream().filter(u -> service.equals(u.get("name"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no MongoDB user " + service));
            assertThat(Repo.<List<Map<String, Object>>>at(user, "roles")).as(service + " writes only its own database")
                    .containsExactly(Map.of("name", "readWrite", "db", MongoDatabases.database(service)));
            EnvVar uri = env(manifests.named(Deployment.class, service), "PACTUM_MONGODB_URI");
            assertThat(uri.getValueFrom().getSecretKeyRef().getName()).isEqualTo(user.get("connectionStringSecretName"));
            assertThat(uri.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("connectionString.standard");
            for (Map<String, Object> each : users) {
                assertThat(Repo.<String>at(each, "passwordSecretRef", "name")).isEqualTo(SECRETS);
                passwordKeys.add(Repo.at(each, "passwordSecretRef", "key"));
            }
        }
        List<Secret> secrets = manifests.ofKind(Secret.class);
        if (kustomization.equals("base")) {
            assertThat(secrets).as("the base carries no secret").isEmpty();
        } else {
            // one Secret from secrets.env: the MongoDB users' passwords and what the Deployments read from it
            Set<String> expected = new TreeSet<>(passwordKeys);
            for (Deployment deployment : manifests.ofKind(Deployment.class)) {
                for (EnvVar variable : deployment.getSpec().getTemplate().getSpec().getContainers().getFirst().getEnv()) {
                    if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null
                            && variable.getValueFrom().getSecretKeyRef().getName().equals(SECRETS)) {
                        expected.add(variable.getValueFrom().getSecretKeyRef().getKey());
                    }
                }
            }
            assertThat(manifests.named(Secret.class, SECRETS).getData().keySet()).as("keys of secrets.env.example").isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void notification_service_signs_unsubscribe_links_with_a_key_from_the_overlay_s_secret(String kustomization) {
        EnvVar secret = env(manifests(kustomization).named(Deployment.class, "notification-service"), "PACTUM_NOTIFICATIONS_UNSUBSCRIBE_SECRET");
        assertThat(secret.getValue()).as("never a literal in the manifests").isNull();
        assertThat(secret.getValueFrom().getSecretKeyRef().getName()).isEqualTo(SECRETS);
        StandardEnvironment environment = ServiceCode.environment("notification-service",
                environment(manifests(kustomization), "notification-service"));
        assertThat(environment.getProperty("pactum.notifications.unsubscribe-secret"))
                .isNotEqualTo(ServiceCode.environment("notification-service", Map.of()).getProperty("pactum.notifications.unsubscribe-secret"))
                .startsWith("stand-in");
    }

    @ParameterizedTest
    @MethodSource("servicesInEachKustomization")
    void users_reach_each_service_over_https_on_its_own_host_at_the_paths_its_code_serves(String kustomization, String service) {
        Manifests manifests = manifests(kustomization);
        Ingress ingress = manifests.named(Ingress.class, service);
        assertThat(ingress.getSpec().getIngressClassName()).as("the ingress-nginx controller the NetworkPolicies admit").isEqualTo("nginx");
        assertThat(ingress.getSpec().getRules()).as(service + " one host").hasSize(1);
        IngressRule rule = ingress.getSpec().getRules().getFirst();
        assertThat(ingress.getSpec().getTls()).as(service + " TLS").anySatisfy(tls -> assertThat(tls.getHosts()).contains(rule.getHost()));

        Set<String> paths = new TreeSet<>();
        for (HTTPIngressPath path : rule.getHttp().getPaths()) {
            assertThat(path.getPathType()).isEqualTo("Prefix");
            assertThat(path.getBackend().getService().getName()).isEqualTo(service);
            assertThat(path.getBackend().getService().getPort().getName()).isEqualTo("http");
            paths.add(path.getPath());
        }
        assertThat(paths).as(service + " routes what its controllers serve, and not /actuator").isEqualTo(ServiceCode.pathRoots(service))
                .noneMatch(path -> path.equals("/") || "/actuator".startsWith(path));

        Set<String> hosts = new TreeSet<>();
        manifests.ofKind(Ingress.class).forEach(i -> i.getSpec().getRules().forEach(r -> hosts.add(r.getHost())));
        assertThat(hosts).as("one host per service").hasSize(Repo.services().size());
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void the_public_urls_the_services_hand_out_are_their_ingress_hosts(String kustomization) {
        Manifests manifests = manifests(kustomization);
        StandardEnvironment analytics = ServiceCode.environment("analytics-service", environment(manifests, "analytics-service"));
        assertThat(analytics.getRequiredProperty("pactum.dashboard.redirect-uri")).as("the dashboard's redirect URI")
                .isEqualTo("https://" + host(manifests, "analytics-service") + "/dashboard/");
        assertThat(analytics.getRequiredProperty("pactum.dashboard.issuer")).as("the issuer as browsers reach it")
                .startsWith("https://").isEqualTo(analytics.getRequiredProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri"));
        StandardEnvironment notification = ServiceCode.environment("notification-service", environment(manifests, "notification-service"));
        assertThat(notification.getRequiredProperty("pactum.notifications.public-url")).as("the unsubscribe links' base")
                .isEqualTo("https://" + host(manifests, "notification-service"));
    }

    private static String host(Manifests manifests, String service) {
        return manifests.named(Ingress.class, service).getSpec().getRules().getFirst().getHost();
    }

    @Test
    void secret_files_stay_out_of_git() {
        assertThat(Repo.read(".gitignore").lines()).contains("deploy/kubernetes/overlays/*/secrets.env", ".env");
        for (String overlay : Manifests.overlays()) {
            String example = Repo.read("deploy/kubernetes/overlays/" + overlay + "/secrets.env.example");
            assertThat(example.lines().filter(l -> !l.startsWith("#") && !l.isBlank()))
                    .as(overlay + " example holds no value").allMatch(l -> l.endsWith("="));
        }
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void prometheus_scrapes_every_service_s_metrics_endpoint(String kustomization) {
        Manifests manifests = manifests(kustomization);
        ServiceMonitor monitor = manifests.ofKind(ServiceMonitor.class).getFirst();
        Map<String, String> selector = monitor.getSpec().getSelector().getMatchLabels();
        Endpoint endpoint = monitor.getSpec().getEndpoints().getFirst();
        assertThat(endpoint.getPath()).isEqualTo("/actuator/prometheus");
        for (String service : Repo.services()) {
            Service k8sService = manifests.named(Service.class, service);
            assertThat(k8sService.getMetadata().getLabels()).as(service + " selected").containsAllEntriesOf(selector);
            assertThat(k8sService.getSpec().getPorts()).extracting(p -> p.getName()).contains(endpoint.getPort());
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private static String probe(HTTPGetAction action, Container container) {
        int port = action.getPort().getIntVal() != null ? action.getPort().getIntVal()
                : container.getPorts().stream().filter(p -> action.getPort().getStrVal().equals(p.getName()))
                        .findFirst().orElseThrow().getContainerPort();
        return port + " " + action.getPath();
    }

    private static EnvVar env(Deployment deployment, String name) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().getFirst().getEnv().stream()
                .filter(e -> e.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(deployment.getMetadata().getName() + " has no " + name));
    }

    /**
     * The container's environment as the kubelet would give it: literal values, ConfigMap entries (envFrom and
     * configMapKeyRef) from the rendered ConfigMaps, and secretKeyRefs — which must name a rendered Secret or a
     * MongoDB connection string the operator will write — with stand-in values.
     */
    static Map<String, String> environment(Manifests manifests, String service) {
        Container container = manifests.named(Deployment.class, service).getSpec().getTemplate().getSpec().getContainers().getFirst();
        Map<String, String> variables = new LinkedHashMap<>();
        for (EnvFromSource from : container.getEnvFrom()) {
            variables.putAll(manifests.named(ConfigMap.class, from.getConfigMapRef().getName()).getData());
        }
        for (EnvVar variable : container.getEnv()) {
            if (variable.getValue() != null) {
                variables.put(variable.getName(), variable.getValue());
            } else if (variable.getValueFrom().getConfigMapKeyRef() != null) {
                var ref = variable.getValueFrom().getConfigMapKeyRef();
                String value = manifests.named(ConfigMap.class, ref.getName()).getData().get(ref.getKey());
                assertThat(value).as(service + " " + variable.getName() + " from ConfigMap " + ref.getName()).isNotNull();
                variables.put(variable.getName(), value);
            } else {
                var ref = variable.getValueFrom().getSecretKeyRef();
                variables.put(variable.getName(), secretValue(manifests, service, ref.getName(), ref.getKey()));
            }
        }
        return variables;
    }

    private static String secretValue(Manifests manifests, String service, String secret, String key) {
        for (Map<String, Object> replicaSet : manifests.mongoDbCommunities()) {
            for (Map<String, Object> user : Repo.<List<Map<String, Object>>>at(replicaSet, "spec", "users")) {
                if (secret.equals(user.get("connectionStringSecretName")) && key.equals("connectionString.standard")) {
                    String name = Repo.at(replicaSet, "metadata", "name");
                    // the shape the operator writes: authenticated against "admin", the service's database set apart
                    return "mongodb://" + user.get("name") + ":stand-in@" + name + "-0." + name + "-svc.pactum.svc.cluster.local:27017/admin"
                            + "?replicaSet=" + name + "&ssl=false";
                }
            }
        }
        // the base carries no secret: every overlay must make the ones the base's Deployments read
        List<Manifests> makers = manifests.name().equals("base") ? Manifests.overlays().stream().map(Manifests::overlay).toList()
                : List.of(manifests);
        for (Manifests maker : makers) {
            Secret rendered = maker.ofKind(Secret.class).stream().filter(s -> s.getMetadata().getName().equals(secret)).findFirst()
                    .orElseThrow(() -> new AssertionError(maker.name() + ": " + service + " reads Secret " + secret + ", which nothing makes"));
            assertThat(rendered.getData()).as(maker.name() + " Secret " + secret).containsKey(key);
        }
        return "stand-in-" + key;
    }

    private static String kafkaBootstrap(Manifests manifests) {
        return Manifests.KAFKA_CLUSTER + "-kafka-bootstrap:" + kafkaListener(manifests).getPort();
    }

    private static GenericKafkaListener kafkaListener(Manifests manifests) {
        List<GenericKafkaListener> listeners = manifests.named(Kafka.class, Manifests.KAFKA_CLUSTER).getSpec().getKafka().getListeners();
        assertThat(listeners).as("one internal listener the services use").singleElement()
                .satisfies(l -> assertThat(l.isTls()).isFalse());
        return listeners.getFirst();
    }

    private static Map<String, Object> mongoDbFor(Manifests manifests, String service) {
        List<Map<String, Object>> matching = manifests.mongoDbCommunities().stream()
                .filter(rs -> service.equals(mongoDbPodLabels(rs).get(MONGODB_LABEL))).toList();
        assertThat(matching).as("one MongoDB replica set for " + service).hasSize(1);
        return matching.getFirst();
    }

    private static Map<String, String> mongoDbPodLabels(Manifests manifests, String service) {
        return mongoDbPodLabels(mongoDbFor(manifests, service));
    }

    private static Map<String, String> mongoDbPodLabels(Map<String, Object> replicaSet) {
        Map<String, String> labels = Repo.at(replicaSet, "spec", "statefulSet", "spec", "template", "metadata", "labels");
        return labels == null ? Map.of() : labels;
    }

    private static Set<String> names(List<? extends io.fabric8.kubernetes.api.model.HasMetadata> resources) {
        Set<String> names = new TreeSet<>();
        resources.forEach(r -> names.add(r.getMetadata().getName()));
        return names;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> document) {
        Map<String, Object> copy = new HashMap<>();
        document.forEach((key, value) -> {
            if (value instanceof Map<?, ?> map) {
                copy.put(key, deepCopy((Map<String, Object>) map));
            } else if (value instanceof List<?> list) {
                List<Object> items = new ArrayList<>();
                for (Object item : list) {
                    items.add(item instanceof Map<?, ?> m ? deepCopy((Map<String, Object>) m) : item);
                }
                copy.put(key, items);
            } else {
                copy.put(key, value);
            }
        });
        return copy;
    }
}
