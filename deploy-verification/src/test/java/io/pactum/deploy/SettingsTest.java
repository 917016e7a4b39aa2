package io.pactum.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every setting of the services' own (each {@code pactum.*} property of an application.yml) is named in
 * deploy/README.md's settings table, which says for docker compose and for Kubernetes whether the deployment
 * sets it or keeps the code's default — and what it says is true for docker-compose.yml and for the base and
 * every overlay. A new setting in a service fails here until someone decided, and wrote down, what production
 * does with it.
 */
class SettingsTest {

    static final String README = "deploy/README.md";
    private static final String HEADER = "| setting | service | docker compose | Kubernetes |";
    private static final Pattern SETTING = Pattern.compile("`(pactum\\.[a-z0-9.-]+)`");
    private static final Pattern SERVICE = Pattern.compile("[a-z]+-service");

    record Row(String setting, String service, boolean setByCompose, boolean setByKubernetes) {
    }

    /** The table's rows, one per setting and service (a cell may name several of each). */
    static List<Row> table() {
        List<String> lines = Repo.read(README).lines().toList();
        int header = lines.indexOf(HEADER);
        assertThat(header).as(README + " has the settings table headed " + HEADER).isNotNegative();
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(header + 2, lines.size())) {
            if (!line.startsWith("|")) {
                break;
            }
            String[] cells = line.split("\\|");
            assertThat(cells).as(line).hasSize(5);
            boolean compose = setOrDefault(cells[3], line);
            boolean kubernetes = setOrDefault(cells[4], line);
            Matcher settings = SETTING.matcher(cells[1]);
            while (settings.find()) {
                Matcher services = SERVICE.matcher(cells[2]);
                while (services.find()) {
                    rows.add(new Row(settings.group(1), services.group(), compose, kubernetes));
                }
            }
        }
        return rows;
    }

    private static boolean setOrDefault(String cell, String line) {
        String text = cell.strip();
        assertThat(text).as("a cell says **set** or default: " + line).matches("(\\*\\*set\\*\\*|default)(\\W.*)?");
        return text.startsWith("**set**");
    }

    @Test
    void the_table_names_exactly_the_settings_the_services_have() {
        Set<String> documented = new TreeSet<>();
        table().forEach(row -> assertThat(documented.add(row.service() + " " + row.setting())).as("listed once: " + row).isTrue());
        Set<String> inCode = new TreeSet<>();
        for (String service : Repo.services()) {
            ServiceCode.settings(service).keySet().forEach(setting -> inCode.add(service + " " + setting));
        }
        assertThat(documented).isEqualTo(inCode);
        assertThat(inCode).contains("notification-service pactum.notifications.unsubscribe-secret",
                "analytics-service pactum.dashboard.redirect-uri");
    }

    @Test
    void docker_compose_sets_what_the_table_says_and_nothing_else() {
        Compose compose = Compose.withExampleEnvironment();
        for (Row row : table()) {
            assertThat(ServiceCode.sets(row.service(), row.setting(), compose.environment(row.service())))
                    .as("docker-compose.yml " + (row.setByCompose() ? "sets " : "keeps the default of ") + row).isEqualTo(row.setByCompose());
        }
    }

    @Test
    void kubernetes_sets_what_the_table_says_and_nothing_else_in_the_base_and_every_overlay() {
        for (String kustomization : KubernetesManifestsTest.kustomizations()) {
            Manifests manifests = KubernetesManifestsTest.manifests(kustomization);
            for (Row row : table()) {
                Map<String, String> variables = KubernetesManifestsTest.environment(manifests, row.service());
                assertThat(ServiceCode.sets(row.service(), row.setting(), variables))
                        .as(kustomization + (row.setByKubernetes() ? " sets " : " keeps the default of ") + row)
                        .isEqualTo(row.setByKubernetes());
            }
        }
    }

    @Test
    void the_check_sees_a_setting_set_by_name_or_through_its_placeholder() {
        assertThat(ServiceCode.sets("notification-service", "pactum.notifications.public-url",
                Map.of("PACTUM_NOTIFICATIONS_PUBLIC_URL", "https://n.example"))).isTrue();
        assertThat(ServiceCode.sets("notification-service", "pactum.notifications.dispatch",
                Map.of("PACTUM_NOTIFICATIONS_DISPATCH_POLLINTERVAL", "5s"))).isTrue();
        assertThat(ServiceCode.sets("competency-service", "pactum.competency.rating-stale-after",
                Map.of("PACTUM_RATING_STALE_AFTER", "30d"))).isTrue();
        assertThat(ServiceCode.sets("notification-service", "pactum.notifications.mail-from",
                Map.of("PACTUM_NOTIFICATIONS_MAIL", "x", "PACTUM_NOTIFICATIONS_MAILFROMX", "x"))).isFalse();
    }
}
