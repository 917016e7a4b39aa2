package io.pactum.platform.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The local issuer signs demo users' tokens with the key its JWK set publishes, as the services expect. */
class IssuerTest {

    @TempDir
    static Path data;

    private static ConfigurableApplicationContext issuer;
    private static String url;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DASHBOARD = "http://localhost:8085";

    @BeforeAll
    static void start() {
        int port = io.pactum.platform.FreePorts.next();
        url = "http://localhost:" + port;
        issuer = new SpringApplicationBuilder(IssuerApplication.class).run("--server.port=" + port,
                "--pactum.issuer.url=" + url, "--pactum.issuer.key-file=" + data.resolve("key.json"),
                "--pactum.issuer.dashboard-redirect=" + DASHBOARD + "/dashboard/",
                "--spring.main.banner-mode=off");
    }

    @AfterAll
    static void stop() {
        issuer.close();
    }

    @Test
    void a_dev_token_verifies_against_the_published_keys_and_carries_the_users_roles() throws Exception {
        HttpResponse<String> response = token("lars");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.path("expires_in").asLong()).isEqualTo(3600);

        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(url + "/oauth2/jwks").build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(url));
        Jwt jwt = decoder.decode(body.path("access_token").asString());
        assertThat(jwt.getSubject()).isEqualTo("lars");
        assertThat(jwt.getClaimAsStringList("roles")).contains("LD_ADMIN");
        assertThat(jwt.getClaimAsStringList("business_units")).containsExactlyInAnyOrder("ENG", "SALES");
        assertThat(jwt.getClaimAsString("email")).isEqualTo("lars@pactum.example");
    }

    @Test
    void an_unknown_user_is_a_400_problem_naming_the_field() throws Exception {
        HttpResponse<String> response = token("mallory");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(JSON.readTree(response.body()).path("errors").get(0).path("field").asString()).isEqualTo("username");
    }

    @Test
    void discovery_names_this_issuer_and_its_key_set() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create(url + "/.well-known/openid-configuration")).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode discovery = JSON.readTree(response.body());
        assertThat(discovery.path("issuer").asString()).isEqualTo(url);
        assertThat(discovery.path("jwks_uri").asString()).isEqualTo(url + "/oauth2/jwks");
    }

    @Test
    void the_dashboards_origin_and_no_other_may_read_discovery_and_exchange_a_code_from_the_browser() throws Exception {
        assertThat(allowedOrigin("/.well-known/openid-configuration", DASHBOARD)).isEqualTo(DASHBOARD);
        HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/oauth2/token"))
                .header("Origin", DASHBOARD).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains(DASHBOARD);
        assertThat(allowedOrigin("/.well-known/openid-configuration", "http://evil.example")).isNull();
    }

    private static String allowedOrigin(String path, String origin) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url + path)).header("Origin", origin).build(),
                HttpResponse.BodyHandlers.ofString()).headers().firstValue("Access-Control-Allow-Origin").orElse(null);
    }

    @Test
    void the_signing_key_survives_a_restart() {
        var first = SigningKey.loadOrCreate(data.resolve("other-key.json"));
        var again = SigningKey.loadOrCreate(data.resolve("other-key.json"));
        assertThat(again.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(again.toPublicJWK()).isEqualTo(first.toPublicJWK());
    }

    private static HttpResponse<String> token(String user) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url + "/dev/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
