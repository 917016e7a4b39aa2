package io.pactum.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The service image recipe (deploy/docker/Dockerfile): JDK 25, an unprivileged user, the AOT cache recorded
 * and used under the same options; and its healthcheck script, run here against a real HTTP server.
 */
class DockerfileTest {

    static final String DOCKERFILE = "deploy/docker/Dockerfile";
    static final String HEALTHCHECK = "deploy/docker/healthcheck.sh";

    private static final List<String> LINES = instructions(Repo.read(DOCKERFILE));

    /** Instructions with continuation lines joined and comments left out. */
    private static List<String> instructions(String text) {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            String stripped = line.strip();
            if (stripped.startsWith("#") || (stripped.isEmpty() && current.isEmpty())) {
                continue;
            }
            if (stripped.endsWith("\\")) {
                current.append(stripped, 0, stripped.length() - 1).append(' ');
                continue;
            }
            current.append(stripped);
            instructions.add(current.toString());
            current.setLength(0);
        }
        return instructions;
    }

    private static Map<String, String> buildArgDefaults() {
        Map<String, String> args = new HashMap<>();
        Matcher matcher = Pattern.compile("^ARG ([A-Z_]+)=(\\S+)$", Pattern.MULTILINE).matcher(String.join("\n", LINES));
        while (matcher.find()) {
            args.put(matcher.group(1), matcher.group(2));
        }
        return args;
    }

    private static List<String> finalStage() {
        int last = -1;
        for (int i = 0; i < LINES.size(); i++) {
            if (LINES.get(i).startsWith("FROM ")) {
                last = i;
            }
        }
        return LINES.subList(last, LINES.size());
    }

    static long imageUid() {
        List<String> users = finalStage().stream().filter(l -> l.startsWith("USER ")).toList();
        assertThat(users).as("the final stage switches user once").hasSize(1);
        return Long.parseLong(users.getFirst().substring(5).split(":")[0]);
    }

    @Test
    void both_stages_use_jdk_25_images() {
        Map<String, String> args = buildArgDefaults();
        List<String> froms = LINES.stream().filter(l -> l.startsWith("FROM ")).toList();
        assertThat(froms).hasSize(2);
        for (String from : froms) {
            String image = from.substring(5).split(" ")[0];
            String resolved = image.startsWith("${") ? args.get(image.substring(2, image.length() - 1)) : image;
            assertThat(resolved).as(from).matches("eclipse-temurin:25-(jdk|jre)(-.+)?");
        }
    }

    @Test
    void the_service_runs_as_an_unprivileged_numeric_user_set_after_the_last_root_step() {
        assertThat(imageUid()).isGreaterThanOrEqualTo(1000);
        List<String> stage = finalStage();
        int user = stage.indexOf(stage.stream().filter(l -> l.startsWith("USER ")).findFirst().orElseThrow());
        assertThat(stage.subList(user, stage.size())).as("nothing runs as root after USER")
                .noneMatch(l -> l.startsWith("RUN ") || l.startsWith("USER 0") || l.startsWith("USER root"));
        assertThat(String.join("\n", stage)).contains("useradd --system --uid " + imageUid());
    }

    @Test
    void the_aot_cache_is_recorded_at_build_time_and_used_with_the_same_options() {
        String stage = String.join("\n", finalStage());
        Matcher training = Pattern.compile("RUN java (@\\S+) -XX:AOTCacheOutput=(\\S+) -Dspring.context.exit=onRefresh .*-jar (\\S+)").matcher(stage);
        assertThat(training.find()).as("a training run up to the end of the context refresh").isTrue();
        Matcher entrypoint = Pattern.compile("ENTRYPOINT \\[\"java\", \"(@\\S+)\", \"-XX:AOTCache=(\\S+)\", .*\"-jar\", \"(\\S+)\"]").matcher(stage);
        assertThat(entrypoint.find()).as("the entrypoint uses the cache").isTrue();
        assertThat(entrypoint.group(1)).as("same JVM options file").isEqualTo(training.group(1));
        assertThat(entrypoint.group(2)).as("same cache").isEqualTo(training.group(2));
        assertThat(entrypoint.group(3)).as("same jar, so the same class path").isEqualTo(training.group(3));
        assertThat(String.join("\n", LINES)).as("an extracted jar: lib/ beside a thin jar, cacheable class path")
                .contains("-Djarmode=tools -jar \"${SERVICE}/target/${SERVICE}.jar\" extract --destination /app");
        assertThat(stage.indexOf("AOTCacheOutput")).as("recorded before switching user, readable by it")
                .isLessThan(stage.indexOf("USER "));
    }

    @Test
    void the_healthcheck_script_is_installed_where_compose_calls_it() {
        assertThat(String.join("\n", finalStage())).contains("COPY " + HEALTHCHECK + " /usr/local/bin/pactum-healthcheck");
        Compose compose = Compose.withExampleEnvironment();
        for (String service : Repo.services()) {
            List<Object> test = Repo.at(compose.service(service), "healthcheck", "test");
            assertThat(test).as(service).containsExactly("CMD", "pactum-healthcheck");
        }
    }

    @Test
    void the_build_context_leaves_out_secrets_and_build_output() {
        List<String> ignored = Repo.read(".dockerignore").lines().map(String::strip).toList();
        assertThat(ignored).contains(".git", "**/target", ".pactum", ".env", "deploy/kubernetes/overlays/*/secrets.env");
    }

    // --- the healthcheck script, for real ------------------------------------------------------------------

    @Test
    void the_healthcheck_passes_on_200_and_fails_on_503_and_on_a_closed_port() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/actuator/health", exchange -> respond(exchange, 200, "{\"status\":\"UP\"}"));
        server.createContext("/down", exchange -> respond(exchange, 503, "{\"status\":\"DOWN\"}"));
        server.start();
        try {
            String port = String.valueOf(server.getAddress().getPort());
            assertThat(healthcheck(Map.of("SERVER_PORT", port))).as("UP on $SERVER_PORT").isZero();
            assertThat(healthcheck(Map.of(), port, "/actuator/health")).as("UP, port as argument").isZero();
            assertThat(healthcheck(Map.of(), port, "/down")).as("503").isNotZero();
            assertThat(healthcheck(Map.of(), port, "/missing")).as("404").isNotZero();
        } finally {
            server.stop(0);
        }
        assertThat(healthcheck(Map.of("SERVER_PORT", String.valueOf(freePort())))).as("nothing listening").isNotZero();
        assertThat(healthcheck(Map.of())).as("no port at all").isNotZero();
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static int healthcheck(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", Repo.path(HEALTHCHECK).toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("SERVER_PORT");
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor(15, TimeUnit.SECONDS)).as("the healthcheck ends by itself").isTrue();
        return process.exitValue();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
