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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeds the demo organisation over the services' own HTTP APIs, with tokens from the local issuer, as the
 * people of the demo would: a year of history, day by day. On the first {@code --demo} start of a data dir
 * the seed moves every service's clock (chassis {@code AdjustableClock}, {@code PUT /dev/clock}, local only)
 * back to the first working days of the year and then forward through the history, so contracts, ledgers,
 * check-ins, missed milestones and reminders carry the dates they would have had; at the end the clocks go
 * back to the real time and {@code demo-seed.done} in the data dir records that the history is there, so a
 * later start does not travel in time again. Actions dated on or after today run at the real time (a demo
 * started early in the year has a shorter history). Every action is idempotent, so a seed interrupted midway
 * completes on the next start. Steps wait (with a deadline) while the services learn from each other.
 */
final class DemoSeed {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration STEP_DEADLINE = Duration.ofSeconds(120);
    static final String DONE_MARKER = "demo-seed.done";
    /** An action that only moves the clocks to its day. */
    private static final String TICK = "a day passes";

    private final PlatformOptions options;
    private final DemoOrganisation organisation = DemoOrganisation.load();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final int year = today.getYear();
    private final Map<String, String> contractIds = new HashMap<>();
    private final Map<String, String> templateIds = new HashMap<>();
    private LocalDate clockDay;
    private boolean clockMoved;
    private final Map<String, String> tokens = new HashMap<>();

    DemoSeed(PlatformOptions options) {
        this.options = options;
    }

    /** One thing that happens on a day of the demo year. */
    record Action(LocalDate day, String service, String what, Runnable action) {
    }

    /**
     * A contract template L&D publishes in January: a program in analytics' ROI.
     *
     * @param activities type, title, provider, cost, start day, duration days — per activity
     * @param milestones title, due day — per milestone
     */
    record Template(String key, String businessUnit, String title, String competencyId, List<String[]> activities,
                    List<String[]> milestones) {
    }

    static final List<Template> TEMPLATES = List.of(
            new Template("cloud-path", "ENG", "Cloud architect certification path", "cloud-architecture",
                    List.of(new String[] {"ONLINE_COURSE", "AWS Solutions Architect course", "Acme Learning", "300.00", "0", "120"},
                            new String[] {"CERTIFICATION", "SAA-C03 exam", "Amazon Web Services", "150.00", "125", "0"}),
                    List.of(new String[] {"Course finished", "60"}, new String[] {"Exam passed", "125"})),
            new Template("kubernetes-path", "ENG", "Kubernetes administrator path", "cloud-operations",
                    List.of(new String[] {"ONLINE_COURSE", "Kubernetes fundamentals", "Linux Foundation", "250.00", "0", "90"},
                            new String[] {"CERTIFICATION", "CKA exam", "Linux Foundation", "395.00", "95", "0"}),
                    List.of(new String[] {"Labs done", "45"}, new String[] {"CKA passed", "95"})),
            new Template("selling-program", "SALES", "Consultative selling program", "consultative-selling",
                    List.of(new String[] {"WORKSHOP", "The Challenger Sale workshop", "Challenger Inc.", "750.00", "0", "2"},
                            new String[] {"COACHING", "Deal coaching", "Sales Impact Academy", "300.00", "14", "90"}),
                    List.of(new String[] {"Workshop attended", "3"}, new String[] {"Three coached deals", "104"})));

    /** How the employee keeps the contract: milestones on time and a check-in every month, or not. */
    enum Conduct { DILIGENT, SLIPPING }

    /**
     * A contract of the demo history and what happened to it.
     *
     * @param template the key of the template it was started from, or null (then type..cost describe its one activity)
     * @param proposed the day it was drafted and proposed; signatures follow within days, the work starts ten days later
     * @param ends     the last day of its activity (ignored for a template, whose durations decide)
     * @param spent    what finance booked against it (one invoice), or null
     * @param topUp    an adjustment that makes room for it first (an approval above the threshold), or null
     * @param then     where it ends: DRAFT, PROPOSED, ACTIVE, FUNDING_DECLINED (above the budget), FUNDING_PENDING_APPROVAL
     *                 (for lars), CANCELLED (after an expense), COMPLETED or FAILED (assessed a week after its end)
     */
    record HistoricContract(String employeeId, String managerId, String template, String title, String competencyId,
                            String type, String provider, String cost, MonthDay proposed, MonthDay ends, String spent,
                            String topUp, Conduct conduct, String then) {

        String key() {
            return employeeId + "/" + title;
        }
    }

    private static HistoricContract fromTemplate(String employee, String manager, String template, String title,
                                                 String competencyId, MonthDay proposed, String spent, Conduct conduct,
                                                 String then) {
        return new HistoricContract(employee, manager, template, title, competencyId, null, null, null, proposed, null,
                spent, null, conduct, then);
    }

    private static HistoricContract own(String employee, String manager, String title, String competencyId, String type,
                                        String provider, String cost, MonthDay proposed, MonthDay ends, String spent,
                                        Conduct conduct, String then) {
        return new HistoricContract(employee, manager, null, title, competencyId, type, provider, cost, proposed, ends,
                spent, null, conduct, then);
    }

    static final List<HistoricContract> HISTORY = List.of(
            own("eng-05", "mona", "QCon London", "software-engineering", "CONFERENCE", "InfoQ", "1650.00",
                    MonthDay.of(1, 19), MonthDay.of(12, 10), "1650.00", Conduct.DILIGENT, "ACTIVE"),
            fromTemplate("eng-01", "mona", "cloud-path", "Cloud architect certification path", "cloud-architecture",
                    MonthDay.of(2, 2), "450.00", Conduct.DILIGENT, "COMPLETED"),
            fromTemplate("sales-01", "sven", "selling-program", "Consultative selling program", "consultative-selling",
                    MonthDay.of(2, 5), "1050.00", Conduct.DILIGENT, "COMPLETED"),
            own("eng-10", "mona", "Terraform associate", "cloud-operations", "ONLINE_COURSE", "HashiCorp", "200.00",
                    MonthDay.of(2, 9), MonthDay.of(5, 29), "200.00", Conduct.DILIGENT, "COMPLETED"),
            own("eng-06", "mona", "Domain-Driven Design immersion", "software-engineering", "WORKSHOP", "Virtual Genius",
                    "900.00", MonthDay.of(3, 2), MonthDay.of(9, 30), "250.00", Conduct.DILIGENT, "CANCELLED"),
            fromTemplate("eng-02", "mona", "kubernetes-path", "Kubernetes administrator path", "cloud-operations",
                    MonthDay.of(3, 9), "645.00", Conduct.DILIGENT, "COMPLETED"),
            own("sales-02", "sven", "MEDDICC certification", "pipeline-management", "CERTIFICATION", "MEDDICC Academy",
                    "1100.00", MonthDay.of(3, 16), MonthDay.of(12, 12), "1100.00", Conduct.SLIPPING, "ACTIVE"),
            own("eng-11", "mona", "Machine learning foundations", "machine-learning", "ONLINE_COURSE", "Coursera", "500.00",
                    MonthDay.of(3, 23), MonthDay.of(8, 28), "500.00", Conduct.SLIPPING, "FAILED"),
            own("eng-04", "mona", "Data engineering with Apache Spark", "data-engineering", "WORKSHOP", "Databricks Academy",
                    "1200.00", MonthDay.of(4, 6), MonthDay.of(12, 15), "800.00", Conduct.SLIPPING, "ACTIVE"),
            own("sales-06", "sven", "Solution demo bootcamp", "solution-demonstration", "WORKSHOP", "Demo2Win", "650.00",
                    MonthDay.of(4, 13), MonthDay.of(7, 31), "650.00", Conduct.DILIGENT, "COMPLETED"),
            own("eng-07", "mona", "Staff engineer coaching", "coaching", "COACHING", "LeadDev Coaching", "300.00",
                    MonthDay.of(5, 4), MonthDay.of(12, 18), null, Conduct.DILIGENT, "ACTIVE"),
            own("erin", "mona", "Software architecture foundations", "software-engineering", "ONLINE_COURSE", "Acme Learning",
                    "350.00", MonthDay.of(6, 1), MonthDay.of(12, 11), "350.00", Conduct.SLIPPING, "ACTIVE"),
            fromTemplate("sales-07", "sven", "selling-program", "Consultative selling program", "consultative-selling",
                    MonthDay.of(6, 5), "1050.00", Conduct.DILIGENT, "COMPLETED"),
            own("sales-03", "sven", "Negotiation masterclass", "negotiation", "WORKSHOP", "Scotwork", "600.00",
                    MonthDay.of(6, 8), MonthDay.of(12, 20), "300.00", Conduct.DILIGENT, "ACTIVE"),
            own("eng-09", "mona", "Kubernetes security specialist", "cloud-security", "CERTIFICATION", "Linux Foundation",
                    "3500.00", MonthDay.of(9, 14), MonthDay.of(12, 18), null, Conduct.DILIGENT, "FUNDING_DECLINED"),
            new HistoricContract("sales-05", "sven", null, "Enterprise sales academy", "account-management", "ONLINE_COURSE",
                    "Sales Impact Academy", "5800.00", MonthDay.of(11, 9), MonthDay.of(12, 19), null, "4000.00",
                    Conduct.DILIGENT, "FUNDING_PENDING_APPROVAL"),
            own("sales-04", "sven", "Strategic account planning", "account-management", "WORKSHOP", "Miller Heiman", "800.00",
                    MonthDay.of(11, 16), MonthDay.of(12, 17), null, Conduct.DILIGENT, "PROPOSED"),
            own("eng-12", "mona", "Rust for backend engineers", "software-engineering", "SELF_STUDY", "O'Reilly", "150.00",
                    MonthDay.of(11, 20), MonthDay.of(12, 22), null, Conduct.DILIGENT, "DRAFT"));

    void run() {
        Path marker = options.dataDir().resolve(DONE_MARKER);
        if (Files.exists(marker)) {
            System.out.println("  seed: the demo history is already there (" + marker + ")");
            return;
        }
        if (seededByAnEarlierVersion()) {
            System.out.println("  seed: this data dir was seeded before the demo had a year of history; left as it is"
                    + " (start with a new --data-dir, or remove it, for the year)");
            writeMarker(marker);
            return;
        }
        long started = System.nanoTime();
        List<Action> timeline = timeline();
        String month = null;
        int count = 0;
        for (Action action : timeline) {
            if (!options.services().contains(action.service())) {
                continue;
            }
            LocalDate day = action.day().isBefore(today) ? action.day() : null;
            moveClocks(day);
            String label = day == null ? "today" : day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            if (!label.equals(month)) {
                if (month != null) {
                    System.out.printf("  seed: %s, %d actions%n", month, count);
                }
                month = label;
                count = 0;
            }
            action.action().run();
            if (!action.what().equals(TICK)) {
                count++;
            }
        }
        if (month != null) {
            System.out.printf("  seed: %s, %d actions%n", month, count);
        }
        moveClocks(null);
        writeMarker(marker);
        System.out.printf("  seed: the demo year %d in %.1f s%n", year, (System.nanoTime() - started) / 1e9);
    }

    private static void writeMarker(Path marker) {
        try {
            Files.writeString(marker, "seeded " + Instant.now() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * People in the directory but none of the year's templates: an earlier seed ran here, on one day. Setting
     * the clocks back over its data would confuse its deadlines and reminders, so that data stays as it is.
     */
    private boolean seededByAnEarlierVersion() {
        if (!options.services().containsAll(List.of("competency-service", "contract-service"))) {
            return false;
        }
        String lars = token("lars");
        if (get("competency-service", "/api/employees/erin", lars) != 200) {
            return false;
        }
        for (JsonNode template : getJson("contract-service", "/api/contract-templates?businessUnit=ENG", lars)) {
            if (TEMPLATES.getFirst().title().equals(template.path("title").asString())) {
                return false;
            }
        }
        return true;
    }

    /** Every action of the demo year, in the order of its days (stable within a day). */
    List<Action> timeline() {
        List<Action> actions = new ArrayList<>();
        LocalDate january = LocalDate.of(year, 1, 5);
        actions.add(new Action(january, "competency-service", "workforce directory", this::importDirectory));
        actions.add(new Action(january, "competency-service", "competency framework pactum-core", this::publishFramework));
        actions.add(new Action(january, "competency-service", "role profiles", this::putRoleProfiles));
        actions.add(new Action(january, "budget-service", "budget policies and allocations", this::allocateBudgets));
        actions.add(new Action(january.plusDays(1), "competency-service", "managers rate their reports", this::rateReports));
        actions.add(new Action(january.plusDays(3), "contract-service", "L&D publishes contract templates", this::publishTemplates));
        for (HistoricContract c : HISTORY) {
            contractTimeline(c, actions);
        }
        actions.add(new Action(LocalDate.of(year, 10, 15), "analytics-service", "L&D records the benefits of the programs",
                this::recordBenefits));
        // the clocks pass every day, so reminders fire and deadlines are missed on their own day
        for (LocalDate day = january; day.isBefore(today); day = day.plusDays(1)) {
            actions.add(new Action(day, "notification-service", TICK, () -> { }));
        }
        actions.sort(Comparator.comparing(Action::day)); // stable: same-day actions keep their order
        return actions;
    }

    private void contractTimeline(HistoricContract c, List<Action> actions) {
        LocalDate proposed = c.proposed().atYear(year);
        LocalDate start = proposed.plusDays(10);
        String s = "contract-service";
        if (c.topUp() != null) {
            actions.add(new Action(proposed, "budget-service", "top-up for " + c.title(), () -> topUpOnce(c)));
        }
        actions.add(new Action(proposed, s, "draft " + c.title(), () -> draft(c, start)));
        if (c.then().equals("DRAFT")) {
            return;
        }
        actions.add(new Action(proposed, s, "propose " + c.title(), () -> propose(c)));
        if (c.then().equals("PROPOSED")) {
            return;
        }
        LocalDate signed = proposed.plusDays(1 + Math.abs(c.employeeId().hashCode()) % 5);
        actions.add(new Action(signed, s, "sign " + c.title(), () -> sign(c)));
        if (List.of("FUNDING_DECLINED", "FUNDING_PENDING_APPROVAL").contains(c.then())) {
            return;
        }
        Template template = c.template() == null ? null
                : TEMPLATES.stream().filter(t -> t.key().equals(c.template())).findFirst().orElseThrow();
        LocalDate end = template == null ? c.ends().atYear(year) : start.plusDays(template.activities().stream()
                .mapToInt(a -> Integer.parseInt(a[4]) + Integer.parseInt(a[5])).max().orElseThrow());
        List<LocalDate> milestones = template == null ? List.of(start.plusDays(start.until(end, ChronoUnit.DAYS) / 2), end)
                : template.milestones().stream().map(m -> start.plusDays(Integer.parseInt(m[1]))).toList();
        LocalDate closed = switch (c.then()) {
            case "COMPLETED", "FAILED" -> end.plusDays(7);
            case "CANCELLED" -> start.plusDays(45);
            default -> LocalDate.MAX;
        };
        if (c.spent() != null) {
            LocalDate invoiced = start.plusDays(5);
            actions.add(new Action(invoiced, "budget-service", "invoice for " + c.title(), () -> expense(c, invoiced)));
        }
        // a check-in two days before each monthly due date; SLIPPING skips every other one
        for (int k = 1; start.plusDays(30L * k).isBefore(closed.isBefore(end) ? closed : end.plusDays(1)); k++) {
            if (c.conduct() == Conduct.SLIPPING && k % 2 == 0) {
                continue;
            }
            LocalDate day = start.plusDays(30L * k - 2);
            if (day.isBefore(today)) {
                int progress = c.conduct() == Conduct.SLIPPING ? 2 : 3 + k % 3;
                actions.add(new Action(day, s, "check-in on " + c.title(), () -> checkIn(c, progress)));
            }
        }
        // milestones: on time (three days early); SLIPPING misses the first one and, unless it fails, completes it late
        for (int m = 0; m < milestones.size(); m++) {
            LocalDate due = milestones.get(m);
            boolean late = c.conduct() == Conduct.SLIPPING && m == 0;
            if (late && c.then().equals("FAILED")) {
                continue;
            }
            LocalDate day = late ? due.plusDays(12) : due.minusDays(3);
            String milestoneId = "m" + (m + 1);
            if (day.isBefore(closed) && day.isBefore(today)) {
                actions.add(new Action(day, s, "milestone " + milestoneId + " of " + c.title(), () -> completeMilestone(c, milestoneId)));
            }
        }
        switch (c.then()) {
            case "COMPLETED", "FAILED" -> actions.add(new Action(closed, s, "assess " + c.title(), () -> assess(c)));
            case "CANCELLED" -> actions.add(new Action(closed, s, "cancel " + c.title(), () -> cancel(c)));
            default -> {
            }
        }
    }

    /** Every service's clock to 09:00 UTC on {@code day}; null: back to the real time. */
    private void moveClocks(LocalDate day) {
        if (clockMoved && Objects.equals(day, clockDay)) {
            return;
        }
        String body = day == null ? "{}" : "{\"now\":\"" + day.atTime(9, 0).toInstant(ZoneOffset.UTC) + "\"}";
        String lars = token("lars");
        // contract-service last: its clock moving makes it report missed deadlines at once, and the services
        // that hear of them must already be on the new day
        List<String> services = new ArrayList<>(options.services());
        services.sort(Comparator.comparing("contract-service"::equals));
        for (String service : services) {
            retry("clock of " + service, () -> put(service, "/dev/clock", lars, body) == 200);
        }
        clockDay = day;
        clockMoved = true;
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
     * Each manager rates their reports in the competencies their role requires, a level or two below what
     * it asks for some of them: the gaps the heatmap shows.
     */
    private void rateReports() {
        JsonNode profiles = JSON.readTree(resource("/demo-role-profiles.json"));
        for (DemoOrganisation.Person p : organisation.people()) {
            if (p.managerId() == null || !profiles.has(p.jobRole())) {
                continue;
            }
            String manager = token(p.managerId());
            for (JsonNode requirement : profiles.path(p.jobRole()).path("requirements")) {
                String competency = requirement.path("competencyId").asString();
                int level = Math.max(1, requirement.path("level").asInt() - Math.abs((p.id() + competency).hashCode()) % 3);
                String path = "/api/employees/" + p.id() + "/competencies/" + competency + "/ratings";
                retry("rating of " + p.id() + " in " + competency, () -> post("competency-service", path, manager,
                        "application/json", "{\"level\":" + level + ",\"source\":\"MANAGER\"}") == 201);
            }
        }
    }

    /** Published once: a template of the same title in the unit is the one published before. */
    private void publishTemplates() {
        String lars = token("lars");
        for (Template t : TEMPLATES) {
            for (JsonNode existing : getJson("contract-service", "/api/contract-templates?businessUnit=" + t.businessUnit(), lars)) {
                if (t.title().equals(existing.path("title").asString())) {
                    templateIds.put(t.key(), existing.path("id").asString());
                }
            }
            if (templateIds.containsKey(t.key())) {
                continue;
            }
            StringBuilder activities = new StringBuilder();
            for (String[] a : t.activities()) {
                activities.append(activities.isEmpty() ? "" : ",").append("""
                        {"type":"%s","title":"%s","provider":"%s","plannedCost":{"amount":"%s","currency":"%s"},"startDay":%s,"durationDays":%s}"""
                        .formatted(a[0], a[1], a[2], a[3], organisation.currency(), a[4], a[5]));
            }
            StringBuilder milestones = new StringBuilder();
            for (String[] m : t.milestones()) {
                milestones.append(milestones.isEmpty() ? "" : ",").append("{\"title\":\"%s\",\"dueDay\":%s}".formatted(m[0], m[1]));
            }
            String body = """
                    {"businessUnit":"%s","title":"%s","description":"A path L&D recommends","purpose":"Grow the skills the strategy needs",
                     "objectives":[{"description":"%s","competencyId":"%s","targetLevel":3}],"activities":[%s],"milestones":[%s],
                     "assessment":{"method":"CERTIFICATION_EXAM","criteria":"Passes the exam or shows it in the team's work"},"checkInEveryDays":30}"""
                    .formatted(t.businessUnit(), t.title(), t.title(), t.competencyId(), activities, milestones);
            templateIds.put(t.key(), createdId("template " + t.title(), "/api/contract-templates", lars, body));
        }
    }

    /**
     * What L&D measured the programs to return (annual benefit, isolation and confidence after Phillips, the
     * Kirkpatrick levels the evaluation covered), and one contract of its own: analytics' ROI. Recorded once:
     * a program or contract that has a benefit is left alone.
     */
    record MeasuredBenefit(String template, String contractOf, String annualBenefit, int isolationPercent,
                           int confidencePercent, String kirkpatrick, String note) {
    }

    static final List<MeasuredBenefit> BENEFITS = List.of(
            new MeasuredBenefit("cloud-path", null, "2000.00", 40, 75,
                    "{\"reaction\":true,\"learning\":true,\"behaviour\":true}", "Fewer escalations on cloud designs"),
            new MeasuredBenefit("kubernetes-path", null, "1500.00", 50, 70,
                    "{\"reaction\":true,\"learning\":true}", "Cluster upgrades without the vendor"),
            new MeasuredBenefit("selling-program", null, "9000.00", 35, 80,
                    "{\"reaction\":true,\"learning\":true,\"behaviour\":true,\"results\":true}", "Higher win rate on enterprise deals"),
            new MeasuredBenefit(null, "eng-10/Terraform associate", "800.00", 60, 80,
                    "{\"learning\":true}", "Infrastructure changes reviewed in-house"));

    private void recordBenefits() {
        String lars = token("lars");
        JsonNode recorded = getJson("analytics-service", "/api/analytics/benefits", lars).path("items");
        for (MeasuredBenefit b : BENEFITS) {
            String field = b.template() != null ? "programId" : "contractId";
            String id = b.template() != null ? templateIds.get(b.template()) : contractIds.get(b.contractOf());
            if (id == null) {
                throw new IllegalStateException("demo seed: no " + field + " for " + b);
            }
            boolean known = false;
            for (JsonNode existing : recorded) {
                known |= id.equals(existing.path(field).asString());
            }
            if (known) {
                continue;
            }
            String body = """
                    {"%s":"%s","annualBenefit":{"amount":"%s","currency":"%s"},"isolationPercent":%d,
                     "confidencePercent":%d,"kirkpatrick":%s,"note":"%s","fiscalYear":%d}"""
                    .formatted(field, id, b.annualBenefit(), organisation.currency(), b.isolationPercent(),
                            b.confidencePercent(), b.kirkpatrick(), b.note(), year);
            retry("benefit of " + id, () -> post("analytics-service", "/api/analytics/benefits", lars, "application/json", body) == 201);
        }
    }

    /** The employee's contract with this title, drafted (from scratch or from its template) when there is none yet. */
    private void draft(HistoricContract c, LocalDate start) {
        String employee = token(c.employeeId());
        for (JsonNode existing : getJson("contract-service", "/api/contracts?employeeId=" + c.employeeId() + "&size=200", employee)
                .path("items")) {
            if (c.title().equals(existing.path("title").asString())) {
                contractIds.put(c.key(), existing.path("id").asString());
                return;
            }
        }
        String path;
        String body;
        if (c.template() != null) {
            if (!templateIds.containsKey(c.template())) {
                publishTemplates();
            }
            path = "/api/contract-templates/" + templateIds.get(c.template()) + "/drafts";
            body = "{\"employeeId\":\"%s\",\"start\":\"%s\"}".formatted(c.employeeId(), start);
        } else {
            LocalDate end = c.ends().atYear(year);
            path = "/api/contracts";
            body = """
                    {"employeeId":"%s","title":"%s","purpose":"Grow the skills the %s strategy needs",
                     "objectives":[{"description":"%s","competencyId":"%s","targetLevel":3}],
                     "activities":[{"type":"%s","title":"%s","provider":"%s","plannedCost":{"amount":"%s","currency":"%s"},
                       "start":"%s","end":"%s"}],
                     "milestones":[{"title":"Halfway review","dueDate":"%s"},{"title":"%s completed","dueDate":"%s"}],
                     "assessment":{"method":"MANAGER_REVIEW","criteria":"Applies it in the team's work"},"checkInEveryDays":30}"""
                    .formatted(c.employeeId(), c.title(), c.employeeId().startsWith("sales") ? "sales" : "engineering",
                            c.title(), c.competencyId(), c.type(), c.title(), c.provider(), c.cost(), organisation.currency(),
                            start, end, start.plusDays(start.until(end, ChronoUnit.DAYS) / 2), c.title(), end);
        }
        contractIds.put(c.key(), createdId("draft " + c.title(), path, employee, body));
    }

    /** POSTs to contract-service until it answers 201, and gives the created resource's id. */
    private String createdId(String what, String path, String token, String body) {
        String[] id = new String[1];
        retry(what, () -> {
            HttpResponse<String> created = exchange(HttpRequest.newBuilder(URI.create(options.serviceUrl("contract-service") + path))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            if (created == null || created.statusCode() != 201) {
                return false;
            }
            id[0] = JSON.readTree(created.body()).path("id").asString();
            return true;
        });
        return id[0];
    }

    private void propose(HistoricContract c) {
        String id = contractIds.get(c.key());
        String employee = token(c.employeeId());
        if (status(id, employee).equals("DRAFT")) {
            retry("propose " + c.title(), () -> post("contract-service", "/api/contracts/" + id + "/propose", employee,
                    "application/json", "{}") == 200);
        }
    }

    /** Both parties sign revision 1; then the budget's answer is awaited, so later days see it. */
    private void sign(HistoricContract c) {
        String id = contractIds.get(c.key());
        String employee = token(c.employeeId());
        if (status(id, employee).equals("PROPOSED")) {
            String manager = token(c.managerId());
            retry("sign " + c.title(), () -> post("contract-service", "/api/contracts/" + id + "/sign", employee, "application/json", "{\"revision\":1}") == 200
                    && post("contract-service", "/api/contracts/" + id + "/sign", manager, "application/json", "{\"revision\":1}") == 200);
        }
        String awaited = List.of("FUNDING_PENDING_APPROVAL", "FUNDING_DECLINED").contains(c.then()) ? c.then() : "ACTIVE";
        retry("funding of " + c.title(), () -> List.of(awaited, "CANCELLED", "COMPLETED", "FAILED").contains(status(id, employee)));
    }

    private void expense(HistoricContract c, LocalDate date) {
        String id = contractIds.get(c.key());
        String expense = """
                {"fiscalYear":%d,"contractId":"%s","amount":{"amount":"%s","currency":"%s"},"supplier":"%s",
                 "invoiceReference":"%s","date":"%s","activity":"%s"}"""
                .formatted(year, id, c.spent(), organisation.currency(), c.provider() == null ? c.title() : c.provider(),
                        "INV-" + id.substring(0, 8).toUpperCase(Locale.ROOT), date, c.title());
        String fiona = token("fiona");
        // 201 booked now, 409 booked before (or the contract ended)
        retry("expense for " + c.title(), () -> List.of(201, 409).contains(
                post("budget-service", "/api/budgets/" + c.employeeId() + "/expenses", fiona, "application/json", expense)));
    }

    private void checkIn(HistoricContract c, int progress) {
        String id = contractIds.get(c.key());
        String manager = token(c.managerId());
        if (!status(id, manager).equals("ACTIVE")) {
            return;
        }
        String body = "{\"progress\":%d,\"notes\":\"%s\",\"agreedActions\":[\"%s\"]}".formatted(progress,
                progress < 3 ? "Behind the plan; other work took the time" : "On track with the plan",
                progress < 3 ? "Block two hours a week for it" : "Share what was learned with the team");
        retry("check-in on " + c.title(), () -> post("contract-service", "/api/contracts/" + id + "/check-ins", manager,
                "application/json", body) == 200);
    }

    private void completeMilestone(HistoricContract c, String milestoneId) {
        String id = contractIds.get(c.key());
        String employee = token(c.employeeId());
        JsonNode contract = getJson("contract-service", "/api/contracts/" + id, employee);
        if (!contract.path("status").asString().equals("ACTIVE")) {
            return;
        }
        String body = "{\"evidence\":\"Done: notes and certificate in the team wiki\",\"link\":\"https://wiki.example.com/learning/%s\"}"
                .formatted(c.employeeId());
        // 200 now, 409 when completed before (a resumed seed)
        retry("milestone " + milestoneId + " of " + c.title(), () -> List.of(200, 409).contains(post("contract-service",
                "/api/contracts/" + id + "/milestones/" + milestoneId + "/complete", employee, "application/json", body)));
    }

    private void assess(HistoricContract c) {
        String id = contractIds.get(c.key());
        String manager = token(c.managerId());
        String body = c.then().equals("COMPLETED")
                ? "{\"outcome\":\"ACHIEVED\",\"objectiveResults\":[{\"competencyId\":\"%s\",\"achievedLevel\":3}],\"notes\":\"Applies it in the team's work\"}"
                        .formatted(c.competencyId())
                : "{\"outcome\":\"NOT_ACHIEVED\",\"notes\":\"The project did not leave room for it; try again next year\"}";
        // 200 now, 409 once the contract has ended (a resumed seed)
        retry("assess " + c.title(), () -> List.of(200, 409).contains(post("contract-service",
                "/api/contracts/" + id + "/assessment", manager, "application/json", body)));
    }

    private void cancel(HistoricContract c) {
        String id = contractIds.get(c.key());
        String employee = token(c.employeeId());
        retry("cancel " + c.title(), () -> List.of(200, 409).contains(post("contract-service",
                "/api/contracts/" + id + "/cancel", employee, "application/json",
                "{\"reason\":\"Moved to the platform team; the workshop no longer fits\"}")));
    }

    private void topUpOnce(HistoricContract c) {
        String fiona = token("fiona");
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

    /** A token from the local issuer, kept for the seed's few minutes (they are valid for an hour). */
    private String token(String user) {
        return tokens.computeIfAbsent(user, this::newToken);
    }

    private String newToken(String user) {
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
