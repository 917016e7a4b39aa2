package io.pactum.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactum.chassis.security.JwtCallers;
import io.pactum.chassis.security.Role;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Keycloak realm imported by docker-compose.yml issues the tokens the chassis reads: the employee id as
 * {@code sub}, roles in {@code roles}, business units in {@code business_units} (JwtCallers), for the five roles
 * (Role) and the demo organisation of local-platform (demo-organisation.json), with no password in the file;
 * the dashboard's public client lets analytics-service's page sign in with PKCE at the URL compose gives it.
 */
class KeycloakRealmTest {

    static final String REALM = "deploy/compose/keycloak/pactum-realm.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNode REALM_JSON = JSON.readTree(Repo.read(REALM));
    private static final JsonNode DEMO = JSON.readTree(Repo.read("local-platform/src/main/resources/demo-organisation.json"));
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z_]+)}");

    static String realmName() {
        return REALM_JSON.path("realm").asString();
    }

    @Test
    void the_realm_defines_exactly_the_chassis_s_roles() {
        Set<String> roles = new TreeSet<>();
        REALM_JSON.path("roles").path("realm").forEach(role -> roles.add(role.path("name").asString()));
        Set<String> expected = new TreeSet<>();
        Arrays.stream(Role.values()).forEach(role -> expected.add(role.name()));
        assertThat(roles).isEqualTo(expected).hasSize(5);
    }

    @Test
    void every_client_puts_roles_and_business_units_where_the_chassis_reads_them() {
        assertThat(REALM_JSON.path("clients")).extracting(c -> c.path("clientId").asString())
                .containsExactlyInAnyOrder("pactum-cli", "pactum-dashboard");
        for (JsonNode client : REALM_JSON.path("clients")) {
            Map<String, JsonNode> byClaim = new java.util.HashMap<>();
            client.path("protocolMappers").forEach(m -> byClaim.put(m.path("config").path("claim.name").asString(), m));
            JsonNode roles = byClaim.get(JwtCallers.ROLES);
            assertThat(roles).as(client.path("clientId").asString() + " maps " + JwtCallers.ROLES).isNotNull();
            assertThat(roles.path("protocolMapper").asString()).isEqualTo("oidc-usermodel-realm-role-mapper");
            assertThat(roles.path("config").path("multivalued").asString()).isEqualTo("true");
            assertThat(roles.path("config").path("access.token.claim").asString()).isEqualTo("true");
            JsonNode units = byClaim.get(JwtCallers.BUSINESS_UNITS);
            assertThat(units).as(client.path("clientId").asString() + " maps " + JwtCallers.BUSINESS_UNITS).isNotNull();
            assertThat(units.path("protocolMapper").asString()).isEqualTo("oidc-group-membership-mapper");
            assertThat(units.path("config").path("full.path").asString()).as("unit names, not group paths").isEqualTo("false");
            assertThat(units.path("config").path("access.token.claim").asString()).isEqualTo("true");
        }
    }

    @Test
    void the_business_unit_groups_are_the_demo_organisation_s_units() {
        JsonNode parent = REALM_JSON.path("groups").get(0);
        assertThat(parent.path("name").asString()).isEqualTo("business-units");
        assertThat(parent.path("subGroups")).extracting(g -> g.path("name").asString())
                .containsExactlyElementsOf(DEMO.path("businessUnits").valueStream().map(JsonNode::asString).toList());
    }

    @Test
    void every_demo_person_signs_in_with_their_employee_id_as_subject_roles_and_units() {
        Map<String, JsonNode> users = new java.util.HashMap<>();
        REALM_JSON.path("users").forEach(u -> users.put(u.path("username").asString(), u));
        assertThat(users.keySet()).contains("erin", "mona", "sam", "sven", "lars", "fiona", "ana");
        assertThat(users).hasSize(DEMO.path("people").size());
        for (JsonNode person : DEMO.path("people")) {
            String id = person.path("id").asString();
            JsonNode user = users.get(id);
            assertThat(user).as(id).isNotNull();
            // Keycloak's "sub" is the user's id: imported as the employee id, as the chassis's Caller expects
            assertThat(user.path("id").asString()).isEqualTo(id);
            assertThat(user.path("email").asString()).isEqualTo(person.path("email").asString());
            assertThat(strings(user.path("realmRoles"))).as(id + " roles").isEqualTo(strings(person.path("roles")));
            Set<String> groups = new TreeSet<>();
            person.path("accessUnits").forEach(unit -> groups.add("/business-units/" + unit.asString()));
            assertThat(strings(user.path("groups"))).as(id + " units").isEqualTo(groups);
            assertThat(user.path("enabled").asBoolean()).isTrue();
        }
        assertThat(strings(users.get("lars").path("realmRoles"))).contains("LD_ADMIN");
        assertThat(strings(users.get("lars").path("groups"))).containsExactlyInAnyOrder("/business-units/ENG", "/business-units/SALES");
    }

    @Test
    void no_password_or_client_secret_is_in_the_file_and_compose_provides_every_placeholder() {
        for (JsonNode user : REALM_JSON.path("users")) {
            for (JsonNode credential : user.path("credentials")) {
                assertThat(credential.path("value").asString()).as(user.path("username").asString()).matches("\\$\\{[A-Z_]+}");
            }
        }
        for (JsonNode client : REALM_JSON.path("clients")) {
            // both clients run where a secret cannot be kept (scripts, a browser page): public, no secret at all
            assertThat(client.path("publicClient").asBoolean()).as(client.path("clientId").asString() + " is public").isTrue();
            assertThat(client.has("secret")).as(client.path("clientId").asString() + " has no secret").isFalse();
        }
        Set<String> names = placeholders(Repo.read(REALM));
        assertThat(names).containsExactlyInAnyOrder("PACTUM_DEMO_PASSWORD", "PACTUM_DASHBOARD_URL");
        Compose compose = Compose.withExampleEnvironment();
        assertThat(compose.environment("keycloak").keySet()).containsAll(names);
        List<Object> volumes = Repo.at(compose.service("keycloak"), "volumes");
        assertThat(volumes).map(String::valueOf).contains("./" + REALM + ":/opt/keycloak/data/import/pactum-realm.json:ro");
        assertThat(Repo.<List<Object>>at(compose.service("keycloak"), "command")).containsExactly("start", "--import-realm");
    }

    @Test
    void the_dashboard_signs_in_as_a_public_client_with_pkce_at_the_url_compose_gives_analytics_service() {
        JsonNode client = client(ServiceCode.environment("analytics-service", Map.of()).getRequiredProperty("pactum.dashboard.client-id"));
        assertThat(client.path("publicClient").asBoolean()).isTrue();
        assertThat(client.has("secret")).isFalse();
        assertThat(client.path("standardFlowEnabled").asBoolean()).as("authorization code").isTrue();
        assertThat(client.path("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(client.path("directAccessGrantsEnabled").asBoolean()).as("no password grant for the page").isFalse();
        assertThat(client.path("attributes").path("pkce.code.challenge.method").asString()).as("PKCE required, S256").isEqualTo("S256");

        // the realm's placeholders resolved as Keycloak resolves them at import, from compose's environment
        Compose compose = Compose.withExampleEnvironment();
        Map<String, String> keycloak = compose.environment("keycloak");
        StandardEnvironment analytics = ServiceCode.environment("analytics-service", compose.environment("analytics-service"));
        String redirect = analytics.getRequiredProperty("pactum.dashboard.redirect-uri");
        assertThat(redirect).isEqualTo(Compose.envExample().get("PACTUM_DASHBOARD_URL") + "/dashboard/");
        assertThat(client.path("redirectUris")).extracting(uri -> resolve(uri.asString(), keycloak))
                .singleElement().satisfies(pattern -> assertThat(matchesRedirect(pattern, redirect)).as(pattern).isTrue());
        assertThat(matchesRedirect(resolve(client.path("attributes").path("post.logout.redirect.uris").asString(), keycloak), redirect))
                .as("signing out comes back to the page").isTrue();
        URI page = URI.create(redirect);
        assertThat(client.path("webOrigins")).extracting(origin -> resolve(origin.asString(), keycloak))
                .as("CORS for the token exchange from the page").containsExactly(page.getScheme() + "://" + page.getAuthority());

        // the browser reaches Keycloak at its public URL, the issuer every token names
        assertThat(analytics.getRequiredProperty("pactum.dashboard.issuer"))
                .isEqualTo(keycloak.get("KC_HOSTNAME") + "/realms/" + realmName())
                .isEqualTo(analytics.getRequiredProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri"));
        assertThat(compose.environment("analytics-service")).doesNotContainKey("PACTUM_DASHBOARD_CLIENT_SECRET");
    }

    /** Keycloak's rule for a redirect URI pattern: exact, or a prefix when it ends in {@code *}. */
    static boolean matchesRedirect(String pattern, String uri) {
        return pattern.endsWith("*") ? uri.startsWith(pattern.substring(0, pattern.length() - 1)) : uri.equals(pattern);
    }

    private static JsonNode client(String clientId) {
        return REALM_JSON.path("clients").valueStream().filter(c -> c.path("clientId").asString().equals(clientId))
                .findFirst().orElseThrow(() -> new AssertionError("the realm has no client " + clientId));
    }

    private static String resolve(String text, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            assertThat(value).as("compose gives Keycloak " + placeholder.group(1)).isNotNull();
            placeholder.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        return placeholder.appendTail(resolved).toString();
    }

    private static Set<String> placeholders(String text) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        Set<String> names = new TreeSet<>();
        while (placeholder.find()) {
            names.add(placeholder.group(1));
        }
        return names;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
