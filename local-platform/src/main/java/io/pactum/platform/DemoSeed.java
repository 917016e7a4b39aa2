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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
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
                new Step("contract and budget history: " + HISTORY.size() + " contracts in every status, with expenses and check-ins",
                        "contract-service", this::budgetHistory),
                new Step("competency framework pactum-core", "competency-service", this::publishFramework),
                new Step("role profiles for the demo job roles", "competency-service", this::putRoleProfiles));
    }

    /**
     * A contract of the demo's budget history and what happened to it.
     *
     * @param competencyId the competency of the seeded framework it grows
     * @param spent what finance booked against it (one invoice), or null
     * @param topUp an adjustment that makes room for it first (an approval above the threshold), or null
     * @param then  where it ends: DRAFT, PROPOSED, ACTIVE (with a check-in), FUNDING_DECLINED (above the budget),
     *              FUNDING_PENDING_APPROVAL (for lars), CANCELLED (after an expense, the rest released), COMPLETED or
     *              FAILED (assessed by the manager)
     */
    record HistoricContract(String employeeId, String managerId, String title, String competencyId, String type,
                            String provider, String cost, String spent, String topUp, String then) {
    }

    static final List<HistoricContract> HISTORY = List.of(
            new HistoricContract("eng-01", "mona", "AWS Solutions Architect Associate", "cloud-architecture", "ONLINE_COURSE", "Acme Learning", "450.00", "450.00", null, "ACTIVE"),
            new HistoricContract("eng-02", "mona", "Certified Kubernetes Administrator", "cloud-operations", "CERTIFICATION", "Linux Foundation", "395.00", "395.00", null, "ACTIVE"),
            new HistoricContract("eng-04", "mona", "Data engineering with Apache Spark", "data-engineering", "WORKSHOP", "Databricks Academy", "1200.00", "800.00", null, "ACTIVE"),
            new HistoricContract("eng-05", "mona", "QCon London", "software-engineering", "CONFERENCE", "InfoQ", "1650.00", "1650.00", null, "ACTIVE"),
            new HistoricContract("eng-06", "mona", "Domain-Driven Design immersion", "software-engineering", "WORKSHOP", "Virtual Genius", "900.00", "250.00", null, "CANCELLED"),
            new HistoricContract("eng-07", "mona", "Staff engineer coaching", "coaching", "COACHING", "LeadDev Coaching", "300.00", null, null, "ACTIVE"),
            new HistoricContract("sales-01", "sven", "The Challenger Sale workshop", "consultative-selling", "WORKSHOP", "Challenger Inc.", "750.00", "750.00", null, "ACTIVE"),
            new HistoricContract("sales-02", "sven", "MEDDICC certification", "pipeline-management", "CERTIFICATION", "MEDDICC Academy", "1100.00", "1100.00", null, "ACTIVE"),
            new HistoricContract("sales-03", "sven", "Negotiation masterclass", "negotiation", "WORKSHOP", "Scotwork", "600.00", "300.00", null, "ACTIVE"),
            new HistoricContract("eng-09", "mona", "Kubernetes security specialist", "cloud-security", "CERTIFICATION", "Linux Foundation", "3500.00", null, null, "FUNDING_DECLINED"),
            new HistoricContract("eng-10", "mona", "Terraform associate", "cloud-operations", "ONLINE_COURSE", "HashiCorp", "200.00", "200.00", null, "COMPLETED"),
            new HistoricContract("eng-11", "mona", "Machine learning foundations", "machine-learning", "ONLINE_COURSE", "Coursera", "500.00", "500.00", null, "FAILED"),
            new HistoricContract("eng-12", "mona", "Rust for backend engineers", "software-engineering", "SELF_STUDY", "O'Reilly", "150.00", null, null, "DRAFT"),
            new HistoricContract("sales-04", "sven", "Strategic account planning", "account-management", "WORKSHOP", "Miller Heiman", "800.00", null, null, "PROPOSED"),
            new HistoricContract("sales-06", "sven", "Solution demo bootcamp", "solution-demonstration", "WORKSHOP", "Demo2Win", "650.00", "650.00", null, "COMPLETED"),
            new HistoricContract("sales-05", "sven", "Enterprise sales academy", "account-management", "ONLINE_COURSE", "Sales Impact Academy", "5800.00", null, "4000.00", "FUNDING_PENDING_APPROVAL"));

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

    /**
     * Contracts signed by employee and manager, funded, with expenses booked by fiona; one cancelled after an
     * expense; one above the threshold waiting for lars. Each action is safe to repeat: a contract is found by
     * employee and title, signing again and cancelling again change nothing, an invoice is booked once, and the
     * top-up is made only when the ledger does not have it yet.
     */
    private void budgetHistory() {
        String fiona = token("fiona");
        List<String> ids = new ArrayList<>();
        for (HistoricContract c : HISTORY) {
            String employee = token(c.employeeId());
            if (c.topUp() != null) {
                topUpOnce(c, fiona);
            }
            String id = contractId(c, employee);
            ids.add(id);
            if (c.then().equals("DRAFT")) {
                continue;
            }
            if (status(id, employee).equals("DRAFT")) {
                retry("propose " + c.title(), () -> post("contract-service", "/api/contracts/" + id + "/propose", employee, "application/json", "{}") == 200);
            }
            if (c.then().equals("PROPOSED")) {
                continue;
            }
            if (status(id, employee).equals("PROPOSED")) {
                String manager = token(c.managerId());
                retry("sign " + c.title(), () -> post("contract-service", "/api/contracts/" + id + "/sign", employee, "application/json", "{\"revision\":1}") == 200
                        && post("contract-service", "/api/contracts/" + id + "/sign", manager, "application/json", "{\"revision\":1}") == 200);
            }
        }
        for (int i = 0; i < HISTORY.size(); i++) {
            HistoricContract c = HISTORY.get(i);
            if (List.of("DRAFT", "PROPOSED").contains(c.then())) {
                continue;
            }
            String id = ids.get(i);
            String employee = token(c.employeeId());
            String manager = token(c.managerId());
            String awaited = List.of("FUNDING_PENDING_APPROVAL", "FUNDING_DECLINED").contains(c.then()) ? c.then() : "ACTIVE";
            retry("funding of " + c.title(), () -> List.of(awaited, "CANCELLED", "COMPLETED", "FAILED").contains(status(id, employee)));
            if (c.spent() != null) {
                String expense = """
                        {"fiscalYear":%d,"contractId":"%s","amount":{"amount":"%s","currency":"%s"},"supplier":"%s",
                         "invoiceReference":"%s","date":"%d-%02d-15","activity":"%s"}"""
                        .formatted(year, id, c.spent(), organisation.currency(), c.provider(), "INV-" + id.substring(0, 8).toUpperCase(),
                                year, 2 + i % 9, c.title());
                // 201 booked now, 409 booked before (or the contract ended)
                retry("expense for " + c.title(), () -> List.of(201, 409).contains(
                        post("budget-service", "/api/budgets/" + c.employeeId() + "/expenses", fiona, "application/json", expense)));
            }
            if (status(id, employee).equals("ACTIVE")
                    && getJson("contract-service", "/api/contracts/" + id, employee).path("progress").path("checkIns").isEmpty()) {
                String checkIn = "{\"progress\":%d,\"notes\":\"On track with the plan\",\"agreedActions\":[\"Share what was learned with the team\"]}"
                        .formatted(2 + i % 4);
                retry("check-in on " + c.title(), () -> post("contract-service", "/api/contracts/" + id + "/check-ins", manager,
                        "application/json", checkIn) == 200);
            }
            // 200 now, 409 once the contract has ended (a repeated seed)
            switch (c.then()) {
                case "CANCELLED" -> retry("cancel " + c.title(), () -> List.of(200, 409).contains(post("contract-service",
                        "/api/contracts/" + id + "/cancel", employee, "application/json",
                        "{\"reason\":\"Moved to the platform team; the workshop no longer fits\"}")));
                case "COMPLETED", "FAILED" -> retry("assess " + c.title(), () -> List.of(200, 409).contains(post("contract-service",
                        "/api/contracts/" + id + "/assessment", manager, "application/json", c.then().equals("COMPLETED")
                                ? "{\"outcome\":\"ACHIEVED\",\"objectiveResults\":[{\"competencyId\":\"%s\",\"achievedLevel\":3}],\"notes\":\"Applies it in the team's work\"}"
                                        .formatted(c.competencyId())
                                : "{\"outcome\":\"NOT_ACHIEVED\",\"notes\":\"The project did not leave room for it; try again next year\"}")));
                default -> {
                }
            }
        }
    }

    private void topUpOnce(HistoricContract c, String fiona) {
        String reason = "Room for " + c.title() + ", agreed with " + c.managerId();
        JsonNode ledger = getJson("budget-service", "/api/budgets/" + c.employeeId() + "/ledger?fiscalYear=" + year, fiona);
        for (JsonNode entry : ledger) {
            if (reason.equals(entry.path("reason").asString())) {
                return;
            }
        }
        String adjustment = "{\"fiscalYear\":%d,\"amount\":{\"amount\":\"%s\",\"currency\":\"%s\"},\"reason\":\"%s\"}"
                .formatted(year, c.topUp(), organisation.currency(), reason);
        retry("top-up for " + c.title(), () -> post("budget-service", "/api/budgets/" + c.employeeId() + "/adjustments", fiona,
                "application/json", adjustment) == 201);
    }

    /** The employee's contract with this title, created (as a draft) when there is none yet. */
    private String contractId(HistoricContract c, String employee) {
        for (JsonNode existing : getJson("contract-service", "/api/contracts?employeeId=" + c.employeeId() + "&size=200", employee)
                .path("items")) {
            if (c.title().equals(existing.path("title").asString())) {
                return existing.path("id").asString();
            }
        }
        String body = """
                {"employeeId":"%s","title":"%s","purpose":"Grow the skills the %s strategy needs","fiscalYear":%d,
                 "objectives":[{"description":"%s","competencyId":"%s","targetLevel":3}],
                 "activities":[{"type":"%s","title":"%s","provider":"%s","plannedCost":{"amount":"%s","currency":"%s"},
                   "start":"%d-02-01","end":"%d-11-30"}],
                 "milestones":[{"title":"Halfway review","dueDate":"%d-06-30"},{"title":"%s completed","dueDate":"%d-11-30"}],
                 "assessment":{"method":"MANAGER_REVIEW","criteria":"Applies it in the team's work"},"checkInEveryDays":30}"""
                .formatted(c.employeeId(), c.title(), c.employeeId().startsWith("eng") ? "engineering" : "sales", year,
                        c.title(), c.competencyId(),
                        c.type(), c.title(), c.provider(), c.cost(), organisation.currency(), year, year, year, c.title(), year);
        String[] id = new String[1];
        retry("draft " + c.title(), () -> {
            HttpResponse<String> created = exchange(HttpRequest.newBuilder(URI.create(options.serviceUrl("contract-service") + "/api/contracts"))
                    .header("Authorization", "Bearer " + employee).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            if (created == null || created.statusCode() != 201) {
                return false;
            }
            id[0] = JSON.readTree(created.body()).path("id").asString();
            return true;
        });
        return id[0];
    }

    private String status(String contractId, String token) {
        return getJson("contract-service", "/api/contracts/" + contractId, token).path("status").asString();
    }

    private JsonNode getJson(String service, String path, String token) {
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(URI.create(options.serviceUrl(service) + path))
                .header("Authorization", "Bearer " + token).GET().build());
        if (response == null || response.statusCode() != 200) {
            throw new IllegalStateException("demo seed: GET " + path + " answered "
                    + (response == null ? "nothing" : response.statusCode() + " " + response.body()));
        }
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> exchange(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
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
