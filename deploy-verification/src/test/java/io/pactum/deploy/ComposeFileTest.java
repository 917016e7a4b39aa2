package io.pactum.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * docker-compose.yml: valid Compose, healthy before anything depends on it, limited in memory, no secret in
 * the repository, and every Pactum service given the environment its code resolves to the right places.
 */
class ComposeFileTest {

    private static final Compose COMPOSE = Compose.withExampleEnvironment();

    static List<String> services() {
        return Repo.services();
    }

    @Test
    void the_file_is_valid_against_the_compose_specification_schema() {
        List<Error> errors = composeSchemaErrors(COMPOSE.model());
        assertThat(errors).as("compose-spec violations").isEmpty();
    }

    @Test
    void the_schema_check_rejects_a_key_compose_does_not_know() {
        Map<String, Object> broken = new HashMap<>(COMPOSE.model());
        Map<String, Object> services = new HashMap<>(COMPOSE.services());
        Map<String, Object> kafka = new HashMap<>(COMPOSE.service("kafka"));
        kafka.put("helthcheck", kafka.remove("healthcheck"));
        services.put("kafka", kafka);
        broken.put("services", services);
        assertThat(composeSchemaErrors(broken)).extracting(Error::toString).anyMatch(e -> e.contains("helthcheck"));
    }

    @Test
    void every_long_running_service_has_a_healthcheck_and_every_job_is_awaited_to_completion() {
        List<String> jobs = new ArrayList<>();
        for (String name : COMPOSE.services().keySet()) {
            if (COMPOSE.isOneShot(name)) {
                jobs.add(name);
                continue;
            }
            List<?> test = Repo.at(COMPOSE.service(name), "healthcheck", "test");
            assertThat(test).as(name + " healthcheck.test").isNotNull().isNotEmpty();
            assertThat(String.valueOf(test.getFirst())).as(name + " healthcheck").isIn("CMD", "CMD-SHELL");
            assertThat(Repo.<Object>at(COMPOSE.service(name), "healthcheck", "disable")).as(name).isNotEqualTo(true);
        }
        assertThat(jobs).containsExactlyInAnyOrder("kafka-init", "mongodb-init");
        for (String job : jobs) {
            List<String> waiting = COMPOSE.services().keySet().stream()
                    .filter(name -> COMPOSE.dependsOn(name).containsKey(job)).toList();
            assertThat(waiting).as("services waiting for " + job).isNotEmpty();
            for (String name : waiting) {
                assertThat(COMPOSE.dependsOn(name).get(job).get("condition")).as(name + " → " + job)
                        .isEqualTo("service_completed_successfully");
            }
        }
    }

    @Test
    void every_dependency_waits_for_health_or_completion() {
        for (String name : COMPOSE.services().keySet()) {
            COMPOSE.dependsOn(name).forEach((dependency, how) -> {
                assertThat(COMPOSE.services()).as(name + " depends on a service that exists").containsKey(dependency);
                String expected = COMPOSE.isOneShot(dependency) ? "service_completed_successfully" : "service_healthy";
                assertThat(how.get("condition")).as(name + " → " + dependency).isEqualTo(expected);
            });
        }
    }

    @Test
    void every_pactum_service_waits_for_kafka_mongodb_and_the_oidc_provider() {
        for (String service : Repo.services()) {
            assertThat(COMPOSE.dependsOn(service).keySet()).as(service)
                    .contains("kafka", "kafka-init", "mongodb", "mongodb-init", "keycloak");
        }
    }

    @Test
    void every_service_has_a_memory_limit() {
        for (String name : COMPOSE.services().keySet()) {
            Object limit = Repo.at(COMPOSE.service(name), "deploy", "resources", "limits", "memory");
            Object memLimit = COMPOSE.service(name).get("mem_limit");
            assertThat(limit != null ? limit : memLimit).as(name + " memory limit").isNotNull();
            assertThat(String.valueOf(limit != null ? limit : memLimit)).as(name).matches("\\d+[mg]");
        }
    }

    @Test
    void every_variable_the_file_requires_is_listed_in_env_example_and_every_secret_there_is_empty() {
        Map<String, String> example = Compose.envExample();
        assertThat(example.keySet()).as(".env.example").containsAll(Compose.variablesUsed(true));
        assertThat(Compose.variablesUsed(false)).as("variables of .env.example used by docker-compose.yml")
                .containsAll(example.keySet());
        example.forEach((name, value) -> {
            if (name.matches(".*(PASSWORD|SECRET|TOKEN|KEY).*")) {
                assertThat(value).as(name + " in .env.example must be left empty").isEmpty();
            }
        });
    }

    @Test
    void a_missing_secret_stops_docker_compose() {
        Map<String, String> values = new HashMap<>(Compose.envExample());
        assertThatThrownBy(() -> Compose.load(values)).hasMessageContaining("required variable");
    }

    @Test
    void no_password_or_secret_is_written_into_the_file() {
        for (String name : COMPOSE.services().keySet()) {
            Compose.load(stubs()).environment(name).forEach((variable, value) -> {
                if (variable.matches(".*(PASSWORD|SECRET).*")) {
                    assertThat(value).as(name + " " + variable + " comes from .env").startsWith("stub-");
                }
            });
        }
    }

    /** Every variable the file uses set to a recognisable stub, so literal values stand out. */
    private static Map<String, String> stubs() {
        Map<String, String> values = new HashMap<>();
        for (String name : Compose.variablesUsed(false)) {
            values.put(name, "stub-" + name);
        }
        return values;
    }

    @ParameterizedTest
    @MethodSource("services")
    void each_service_is_built_from_this_repository_by_the_shared_dockerfile(String service) {
        Map<String, Object> build = Repo.at(COMPOSE.service(service), "build");
        assertThat(build).as(service + " build").isNotNull();
        assertThat(build.get("context")).isEqualTo(".");
        assertThat(build.get("dockerfile")).isEqualTo(DockerfileTest.DOCKERFILE);
        assertThat(Repo.<Object>at(build, "args", "SERVICE")).isEqualTo(service);
        assertThat(String.valueOf(COMPOSE.service(service).get("image"))).startsWith("pactum/" + service + ":");
    }

    @ParameterizedTest
    @MethodSource("services")
    void each_service_sets_every_variable_its_code_reads_for_its_infrastructure(String service) {
        Set<String> read = new TreeSet<>(ServiceCode.variablesRead(service));
        assertThat(read).as("variables the code reads").contains("SERVER_PORT", "PACTUM_KAFKA_BOOTSTRAP",
                "PACTUM_MONGODB_URI", "PACTUM_OIDC_ISSUER");
        assertThat(COMPOSE.environment(service).keySet()).as(service).containsAll(read);
    }

    @ParameterizedTest
    @MethodSource("services")
    void each_service_gets_what_the_local_platform_gives_it(String service) {
        Set<String> expected = new TreeSet<>(ServiceCode.variablesSetByLocalPlatform());
        assertThat(expected).as("ServiceProcesses sets these").contains("PACTUM_SMTP_HOST", "SPRING_PROFILES_ACTIVE");
        if (!service.equals("notification-service")) {
            // only notification-service sends mail
            expected.removeIf(name -> name.startsWith("PACTUM_SMTP_"));
        }
        // the demo seed's movable clock is the local platform's alone; a production clock never moves
        assertThat(expected.remove("PACTUM_CLOCK_ADJUSTABLE")).isTrue();
        assertThat(COMPOSE.environment(service)).as(service).doesNotContainKey("PACTUM_CLOCK_ADJUSTABLE");
        assertThat(COMPOSE.environment(service).keySet()).as(service).containsAll(expected);
    }

    @ParameterizedTest
    @MethodSource("services")
    void the_environment_resolves_to_the_composed_kafka_mongodb_and_keycloak(String service) {
        Map<String, String> variables = COMPOSE.environment(service);
        StandardEnvironment environment = ServiceCode.environment(service, variables);
        int port = ServiceCode.defaultPort(service);

        assertThat(environment.getRequiredProperty("server.port", Integer.class)).as("server.port").isEqualTo(port);
        assertThat(Repo.<List<Object>>at(COMPOSE.service(service), "ports")).as(service + " ports")
                .map(String::valueOf).containsExactly("127.0.0.1:" + port + ":" + port);

        assertThat(environment.getProperty("pactum.kafka.bootstrap-servers")).isEqualTo(kafkaAdvertisedListener());
        assertThat(environment.getProperty("spring.cloud.stream.kafka.binder.brokers")).isEqualTo(kafkaAdvertisedListener());

        URI mongo = URI.create(environment.getRequiredProperty("spring.mongodb.uri"));
        assertThat(mongo.getHost()).isEqualTo("mongodb");
        assertThat(mongo.getPort()).isEqualTo(27017);
        assertThat(mongo.getQuery()).contains("replicaSet=rs0", "authSource=admin");
        assertThat(mongo.getUserInfo()).startsWith(service + ":stand-in-");
        assertThat(mongo.getPath()).isEqualTo("/" + MongoDatabases.database(service));
        assertThat(MongoDatabases.composeUsers()).containsEntry(service, MongoDatabases.database(service));

        String realm = KeycloakRealmTest.realmName();
        assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri"))
                .isEqualTo(Compose.envExample().get("PACTUM_OIDC_PUBLIC_URL") + "/realms/" + realm);
        assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri"))
                .isEqualTo("http://keycloak:8080/realms/" + realm + "/protocol/openid-connect/certs");
        assertThat(Compose.envExample().get("PACTUM_OIDC_PUBLIC_URL"))
                .isEqualTo(COMPOSE.environment("keycloak").get("KC_HOSTNAME"));

        Map<String, Boolean> histograms = Binder.get(environment).bind("management.metrics.distribution.percentiles-histogram",
                Bindable.mapOf(String.class, Boolean.class)).orElse(Map.of());
        assertThat(histograms).as("latency percentiles for the dashboards").containsEntry("http.server.requests", true);
    }

    @Test
    void without_the_deployment_the_code_would_look_for_everything_on_localhost() {
        // the check above is only worth something if the defaults differ from what compose sets
        StandardEnvironment defaults = ServiceCode.environment("contract-service", Map.of());
        assertThat(defaults.getProperty("pactum.kafka.bootstrap-servers")).isEqualTo("localhost:9092");
        assertThat(defaults.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri")).endsWith("/oauth2/jwks");
    }

    @Test
    void prometheus_scrapes_every_service_on_its_port_with_a_service_label() {
        Map<String, Object> prometheus = Repo.yamlMap(Repo.read("deploy/compose/prometheus/prometheus.yml"));
        List<Map<String, Object>> jobs = Repo.at(prometheus, "scrape_configs");
        Map<String, Object> pactum = jobs.stream().filter(job -> "pactum-services".equals(job.get("job_name"))).findFirst().orElseThrow();
        assertThat(pactum.get("metrics_path")).isEqualTo("/actuator/prometheus");
        Map<String, String> targets = new HashMap<>();
        for (Map<String, Object> config : Repo.<List<Map<String, Object>>>at(pactum, "static_configs")) {
            List<String> addresses = Repo.at(config, "targets");
            targets.put(Repo.at(config, "labels", "service"), addresses.getFirst());
        }
        Map<String, String> expected = new HashMap<>();
        for (String service : Repo.services()) {
            expected.put(service, service + ":" + ServiceCode.defaultPort(service));
        }
        assertThat(targets).isEqualTo(expected);
    }

    static String kafkaAdvertisedListener() {
        String advertised = COMPOSE.environment("kafka").get("KAFKA_ADVERTISED_LISTENERS");
        return advertised.replaceFirst("^PLAINTEXT://", "");
    }

    private static List<Error> composeSchemaErrors(Map<String, Object> model) {
        JsonMapper json = JsonMapper.builder().build();
        JsonNode schemaTree = json.readTree(Repo.read(Repo.path("deploy-verification/src/test/resources/compose-spec/compose-spec.json")));
        withoutDraft4Ids(schemaTree);
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09);
        Schema schema = registry.getSchema(json.writeValueAsString(schemaTree), InputFormat.JSON);
        return schema.validate(json.writeValueAsString(model), InputFormat.JSON);
    }

    /**
     * The 2021 schema still labels its parts with draft-04 {@code "id": "#/..."} (no $ref points at them), a
     * keyword the 2019-09 validator does not know; the labels are removed, nothing else.
     */
    private static void withoutDraft4Ids(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode id = object.get("id");
            if (id != null && id.isString() && (id.asString().startsWith("#") || id.asString().endsWith(".json"))) {
                object.remove("id");
            }
        }
        node.forEach(ComposeFileTest::withoutDraft4Ids);
    }
}
