package io.pactum.platform;

import io.pactum.platform.issuer.DemoOrganisation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeds the demo organisation over the services' own HTTP APIs, with tokens from the local issuer, as an
 * L&D admin and a finance officer would. Every step is idempotent, so it runs on every {@code --demo}
 * start; steps wait (with a deadline) while the services learn from each other through Kafka.
 * Later issues add their steps (contract history, frameworks, …) to {@link #steps()}.
 */
final class DemoSeed {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration STEP_DEADLINE = Duration.ofSeconds(120);

    private final PlatformOptions options;
    private final DemoOrganisation organisation = DemoOrganisation.load();
    private final int year = Year.now(ZoneOffset.UTC).getValue();

    DemoSeed(PlatformOptions options) {
        this.options = options;
    }

    record Step(String name, String service, Runnable action) {
    }

    List<Step> steps() {
        return List.of(
                new Step("workforce directory: " + organisation.people().size() + " people", "competency-service",
                        this::importDirectory),
                new Step("budget policies and allocations " + year + " for " + String.join(", ", organisation.businessUnits()),
                        "budget-service", this::allocateBudgets),
                new Step("competency framework pactum-core", "competency-service", this::publishFramework),
                new Step("role profiles for the demo job roles", "competency-service", this::putRoleProfiles));
    }

    void run() {
        for (Step step : steps()) {
            if (!options.services().contains(step.service())) {
                System.out.println("  seed: skipped (" + step.service() + " not running): " + step.name());
                continue;
            }
            long started = System.nanoTime();
            step.action().run();
            System.out.printf("  seed: %s (%.1f s)%n", step.name(), (System.nanoTime() - started) / 1e9);
        }
    }

    private void importDirectory() {
        StringBuilder csv = new StringBuilder("id,name,email,locale,timeZone,businessUnit,jobRole,managerId\n");
        for (DemoOrganisation.Person p : organisation.people()) {
            csv.append(String.join(",", p.id(), quote(p.name()), p.email(), p.locale(), p.timeZone(), p.businessUnit(),
                    quote(p.jobRole()), p.managerId() == null ? "" : p.managerId())).append('\n');
        }
        String token = token("lars");
        retry("import the directory", () -> post("competency-service", "/api/employees/import", token, "text/csv",
                csv.toString()) == 200);
    }

    private void allocateBudgets() {
        String fiona = token("fiona");
        for (String unit : organisation.businessUnits()) {
            String policy = """
                    {"currency":"%s","defaultAllocation":{"amount":"%s","currency":"%s"},
                     "approvalThreshold":{"amount":"%s","currency":"%s"},"mode":"RESTRICTIVE"}"""
                    .formatted(organisation.currency(), organisation.defaultAllocation(), organisation.currency(),
                            organisation.approvalThreshold(), organisation.currency());
            retry("budget policy " + unit, () -> put("budget-service", "/api/budget-policies/" + unit + "/" + year,
                    fiona, policy) == 200);
            List<String> members = organisation.people().stream().filter(p -> p.businessUnit().equals(unit))
                    .map(DemoOrganisation.Person::id).toList();
            // budget-service learns the employees from Kafka: allocate until every one of them has an account
            retry("allocations " + unit, () -> {
                post("budget-service", "/api/budget-policies/" + unit + "/" + year + "/allocate", fiona, "application/json", "");
                return members.stream().allMatch(id ->
                        get("budget-service", "/api/budgets/" + id + "?fiscalYear=" + year, fiona) == 200);
            });
        }
    }

    /** 201 publishes the first version; 200 means this content is the latest version already. */
    private void publishFramework() {
        String csv = resource("/demo-competency-framework.csv");
        String token = token("lars");
        retry("import the competency framework", () -> {
            int status = post("competency-service", "/api/frameworks/import", token, "text/csv", csv);
            return status == 201 || status == 200;
        });
    }

    /** PUT is idempotent: an unchanged profile keeps its revision and publishes nothing. */
    private void putRoleProfiles() {
        String token = token("lars");
        JSON.readTree(resource("/demo-role-profiles.json")).properties().forEach(profile -> {
            String path = "/api/role-profiles/" + URLEncoder.encode(profile.getKey(), StandardCharsets.UTF_8).replace("+", "%20");
            retry("role profile " + profile.getKey(), () -> put("competency-service", path, token,
                    JSON.writeValueAsString(profile.getValue())) == 200);
        });
    }

    private static String resource(String name) {
        try (InputStream in = DemoSeed.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String token(String user) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(options.issuer() + "/dev/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body()).path("access_token").asString();
        } catch (IOException e) {
            throw new IllegalStateException("the local issuer did not give a token for " + user, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private int get(String service, String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(options.serviceUrl(service) + path))
                .header("Authorization", "Bearer " + token).GET().build());
    }

    private int post(String service, String path, String token, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(options.serviceUrl(service) + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private int put(String service, String path, String token, String body) {
        return send(HttpRequest.newBuilder(URI.create(options.serviceUrl(service) + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static int send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void retry(String what, Supplier<Boolean> attempt) {
        long deadline = System.nanoTime() + STEP_DEADLINE.toNanos();
        while (!attempt.get()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("demo seed: '" + what + "' did not succeed within "
                        + STEP_DEADLINE.toSeconds() + " s");
            }
            try {
                TimeUnit.MILLISECONDS.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String quote(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
