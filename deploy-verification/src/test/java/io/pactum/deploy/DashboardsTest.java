package io.pactum.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.stream.binder.kafka.KafkaBinderMetrics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Grafana dashboards and the alert rules query metrics that exist. Which ones exist is not guessed: the
 * meters the code registers (found in the sources of the chassis and the services), Spring Boot's request
 * timer and JVM meters and the Kafka binder's lag gauge are registered in a real Micrometer Prometheus
 * registry and scraped, so the names are the ones Prometheus will see. Kafka Exporter's metrics come from
 * outside the JVM and are listed; metrics a service will emit once its issue lands are listed as pending,
 * must not exist yet, and must be named in deploy/README.md.
 */
class DashboardsTest {

    static final String DASHBOARDS = "deploy/grafana/dashboards";

    /** Kafka Exporter (docker-compose's kafka-exporter, Strimzi's kafkaExporter), and Prometheus's own. */
    static final Set<String> EXTERNAL = Set.of("kafka_consumergroup_lag", "kafka_consumergroup_current_offset",
            "kafka_topic_partition_current_offset", "kafka_topic_partition_oldest_offset", "up");

    /** Metrics no code emits yet, and the issue whose service will. */
    static final Map<String, String> PENDING = Map.of();

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern METER = Pattern.compile(
            "(Counter|Gauge|Timer|DistributionSummary)\\.builder\\(\"([a-z0-9.]+)\"|\\.(counter|gauge|timer)\\(\"([a-z0-9.]+)\"");
    private static final Set<String> PROMQL_WORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "bool", "and", "or", "unless", "offset");

    // --- what exists --------------------------------------------------------------------------------------

    /** Meter name → kind, for every meter registered in the main sources of the chassis and the services. */
    static Map<String, String> metersInCode() {
        List<String> modules = new ArrayList<>(Repo.services());
        modules.add("service-chassis");
        Map<String, String> meters = new TreeMap<>();
        for (String module : modules) {
            try (Stream<Path> files = Files.walk(Repo.path(module + "/src/main/java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher matcher = METER.matcher(Repo.read(file));
                    while (matcher.find()) {
                        String kind = (matcher.group(1) != null ? matcher.group(1) : matcher.group(3)).toLowerCase();
                        meters.put(matcher.group(1) != null ? matcher.group(2) : matcher.group(4), kind);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return meters;
    }

    /** The metric names Prometheus scrapes from a Pactum service, as Micrometer writes them. */
    static Set<String> scrapedFromServices() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        metersInCode().forEach((name, kind) -> {
            switch (kind) {
                case "counter" -> Counter.builder(name).register(registry).increment();
                case "timer" -> Timer.builder(name).register(registry);
                case "distributionsummary" -> io.micrometer.core.instrument.DistributionSummary.builder(name).register(registry);
                default -> Gauge.builder(name, () -> 1).register(registry);
            }
        });
        // Spring Boot: the request timer (histogram on, as the deployments configure) and the JVM and CPU binders
        Timer.builder("http.server.requests").publishPercentileHistogram().register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        // the Kafka binder's consumer lag gauge, by the constant it registers under
        Gauge.builder(KafkaBinderMetrics.OFFSET_LAG_METRIC_NAME, () -> 0).register(registry);
        Set<String> names = new TreeSet<>();
        for (String line : registry.scrape().split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.split("[{ ]", 2)[0]);
            }
        }
        return names;
    }

    @Test
    void the_code_s_meters_are_found_and_scraped_under_their_prometheus_names() {
        assertThat(metersInCode()).containsEntry("pactum.outbox.published", "counter").containsEntry("pactum.outbox.backlog", "gauge");
        assertThat(scrapedFromServices()).contains("pactum_outbox_published_total", "pactum_outbox_backlog",
                "http_server_requests_seconds_bucket", "spring_cloud_stream_binder_kafka_offset", "jvm_memory_used_bytes");
    }

    // --- the dashboards -----------------------------------------------------------------------------------

    static List<Path> dashboardFiles() {
        try (Stream<Path> files = Files.list(Repo.path(DASHBOARDS))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> dashboardQueries() {
        List<String> queries = new ArrayList<>();
        for (Path file : dashboardFiles()) {
            for (JsonNode panel : JSON.readTree(Repo.read(file)).path("panels")) {
                panel.path("targets").forEach(target -> queries.add(target.path("expr").asString()));
            }
        }
        return queries;
    }

    @Test
    void every_dashboard_query_names_a_metric_that_exists_or_is_listed_as_pending() {
        Set<String> known = new TreeSet<>(scrapedFromServices());
        known.addAll(EXTERNAL);
        known.addAll(PENDING.keySet());
        Set<String> used = new TreeSet<>();
        dashboardQueries().forEach(query -> used.addAll(metricNames(query)));
        assertThat(used).as("metrics the dashboards query").isNotEmpty().isSubsetOf(known);
        assertThat(used).as("every pending metric has its panel").containsAll(PENDING.keySet());
    }

    @Test
    void the_issue_asks_for_these_panels() {
        Set<String> used = new TreeSet<>();
        dashboardQueries().forEach(query -> used.addAll(metricNames(query)));
        assertThat(used).contains(
                "http_server_requests_seconds_count", "http_server_requests_seconds_bucket", // rate, errors, latency
                "kafka_consumergroup_lag", "spring_cloud_stream_binder_kafka_offset",        // consumer lag per group
                "pactum_outbox_backlog",                                                      // outbox backlog
                "kafka_topic_partition_current_offset",                                       // dead-letter counts
                "pactum_reminders_sent_total", "pactum_reminders_failed_total",               // reminders sent/failed
                "pactum_budget_reservations_total");                                          // reservations by outcome
        assertThat(String.join("\n", dashboardQueries())).contains(".dlq", "outcome=\"SERVER_ERROR\"");
    }

    @Test
    void every_meter_of_pactum_s_own_is_on_a_dashboard() {
        Set<String> used = new TreeSet<>();
        dashboardQueries().forEach(query -> used.addAll(metricNames(query)));
        Set<String> own = new TreeSet<>();
        scrapedFromServices().stream().filter(name -> name.startsWith("pactum_")).forEach(own::add);
        assertThat(own).as("the services' and the chassis's meters").contains("pactum_contract_deadlines_missed_total",
                "pactum_reminders_sent_total", "pactum_outbox_backlog");
        assertThat(used).as("a meter the code registers and no panel shows").containsAll(own);
    }

    @Test
    void pending_metrics_do_not_exist_yet_and_the_readme_says_which_issue_emits_them() {
        Set<String> scraped = scrapedFromServices();
        String readme = Repo.read("deploy/README.md");
        PENDING.forEach((metric, issue) -> {
            assertThat(scraped).as(metric + " is emitted now: move it out of PENDING and update deploy/README.md")
                    .doesNotContain(metric);
            assertThat(readme).as("deploy/README.md names " + metric).contains(metric);
            assertThat(readme).contains("emitted once " + issue + " lands");
        });
    }

    @Test
    void the_metric_name_reading_sees_through_functions_labels_and_ranges() {
        assertThat(metricNames("histogram_quantile(0.95, sum by (service, le) (rate(http_server_requests_seconds_bucket"
                + "{service=~\"$service\", uri!~\"/actuator.*\"}[$__rate_interval])))"))
                .containsExactly("http_server_requests_seconds_bucket");
        assertThat(metricNames("sum by (topic) (a_total{topic=~\".+\\\\.dlq\"} - b_offset) / on (topic) c"))
                .containsExactlyInAnyOrder("a_total", "b_offset", "c");
    }

    @Test
    void every_panel_queries_the_prometheus_chosen_in_the_dashboard() {
        Set<String> uids = new TreeSet<>();
        for (Path file : dashboardFiles()) {
            JsonNode dashboard = JSON.readTree(Repo.read(file));
            assertThat(uids.add(dashboard.path("uid").asString())).as(file + " uid is unique").isTrue();
            JsonNode variable = dashboard.path("templating").path("list").valueStream()
                    .filter(v -> v.path("name").asString().equals("datasource")).findFirst().orElseThrow();
            assertThat(variable.path("type").asString()).isEqualTo("datasource");
            assertThat(variable.path("query").asString()).isEqualTo("prometheus");
            for (JsonNode panel : dashboard.path("panels")) {
                if (panel.path("type").asString().equals("row")) {
                    continue;
                }
                assertThat(panel.path("datasource").path("uid").asString()).as(panel.path("title").asString()).isEqualTo("${datasource}");
                assertThat(panel.path("targets")).as(panel.path("title").asString()).isNotEmpty()
                        .allSatisfy(t -> assertThat(t.path("datasource").path("uid").asString()).isEqualTo("${datasource}"));
            }
        }
    }

    @Test
    void compose_provisions_the_dashboards_and_kubernetes_ships_every_one_of_them() {
        Map<String, Object> provider = Repo.<List<Map<String, Object>>>at(
                Repo.yamlMap(Repo.read("deploy/compose/grafana/provisioning/dashboards/pactum.yml")), "providers").getFirst();
        String path = Repo.at(provider, "options", "path");
        List<Object> volumes = Repo.at(Compose.withExampleEnvironment().service("grafana"), "volumes");
        assertThat(volumes).map(String::valueOf).contains("./" + DASHBOARDS + ":" + path + ":ro");

        Map<String, Object> datasource = Repo.<List<Map<String, Object>>>at(
                Repo.yamlMap(Repo.read("deploy/compose/grafana/provisioning/datasources/prometheus.yml")), "datasources").getFirst();
        assertThat(datasource.get("type")).isEqualTo("prometheus");
        assertThat(datasource.get("url")).isEqualTo("http://prometheus:9090");

        ConfigMap shipped = Manifests.base().named(ConfigMap.class, "pactum-grafana-dashboards");
        Set<String> files = new TreeSet<>();
        dashboardFiles().forEach(f -> files.add(f.getFileName().toString()));
        assertThat(shipped.getData().keySet()).isEqualTo(files);
        assertThat(shipped.getMetadata().getLabels()).containsEntry("grafana_dashboard", "1");
    }

    // --- alerts -------------------------------------------------------------------------------------------

    @Test
    void compose_and_kubernetes_alert_on_the_same_rules_over_metrics_that_exist() {
        Map<String, Object> compose = Repo.yamlMap(Repo.read("deploy/compose/prometheus/alerts.yml"));
        Map<String, Object> rule = Manifests.base().documents().stream().filter(d -> "PrometheusRule".equals(d.get("kind")))
                .findFirst().orElseThrow();
        assertThat(Repo.<Object>at(rule, "spec", "groups")).isEqualTo(compose.get("groups"));

        Set<String> known = new TreeSet<>(scrapedFromServices());
        known.addAll(EXTERNAL);
        List<Map<String, Object>> rules = Repo.at(Repo.<List<Map<String, Object>>>at(compose, "groups").getFirst(), "rules");
        assertThat(rules).isNotEmpty();
        for (Map<String, Object> each : rules) {
            assertThat(metricNames(String.valueOf(each.get("expr")))).as(String.valueOf(each.get("alert"))).isNotEmpty().isSubsetOf(known);
        }
    }

    /** The metric names in a PromQL expression: identifiers that are not functions, keywords, labels or numbers. */
    static Set<String> metricNames(String promql) {
        String text = promql.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Matcher identifiers = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*(?=\\s*(\\()?)").matcher(text);
        Set<String> names = new TreeSet<>();
        while (identifiers.find()) {
            boolean function = identifiers.group(1) != null;
            String word = identifiers.group();
            if (!function && !PROMQL_WORDS.contains(word)) {
                names.add(word);
            }
        }
        return names;
    }
}
