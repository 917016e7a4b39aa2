import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.pactum.analytics.application.FactKind;
import io.pactum.analytics.domain.Benefit;
import io.pactum.analytics.domain.BudgetAccountFacts;
import io.pactum.analytics.domain.ContractFacts;
import io.pactum.analytics.domain.EmployeeFacts;
import io.pactum.analytics.domain.Kirkpatrick;
import io.pactum.analytics.domain.Tally;
import io.pactum.analytics.persistence.MongoBenefits;
import io.pactum.analytics.persistence.MongoReadModels;
import io.pactum.chassis.testing.TestInfrastructure;
import io.pactum.events.EventCatalog;
import io.pactum.events.EventEnvelope;
import io.pactum.events.Money;
import io.pactum.events.PactumEvent;
import io.pactum.events.budget.BudgetAllocated;
import io.pactum.events.budget.BudgetReleased;
import io.pactum.events.budget.BudgetReservationPendingApproval;
import io.pactum.events.budget.BudgetReserved;
import io.pactum.events.budget.BudgetSpent;
import io.pactum.events.competency.CompetencyLevelChanged;
import io.pactum.events.competency.RequiredLevel;
import io.pactum.events.contract.CheckInMissed;
import io.pactum.events.contract.CheckInRecorded;
import io.pactum.events.contract.ContractActivated;
import io.pactum.events.contract.ContractCancelled;
import io.pactum.events.contract.ContractCompleted;
import io.pactum.events.contract.ContractFailed;
import io.pactum.events.contract.ContractFundingDeclined;
import io.pactum.events.contract.ContractProposed;
import io.pactum.events.contract.ContractSigned;
import io.pactum.events.contract.MilestoneCompleted;
import io.pactum.events.contract.MilestoneMissed;
import io.pactum.events.contract.ObjectiveResult;
import io.pactum.events.contract.PlannedActivity;
import io.pactum.events.contract.PlannedMilestone;
import io.pactum.events.contract.PlannedObjective;
import io.pactum.events.workforce.EmployeeUpserted;
import java.io.File;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * analytics-service's query latency with a large organisation in its read models. In one JVM: the MongoDB-wire
 * store (mongo-java-server, in-memory backend or, with {@code h2}, its H2 MVStore backend in a file as the local
 * platform runs it) and a Kafka broker (from the chassis test fixtures), filled
 * directly through the service's persistence code with {@code employees} people in 20 business units and
 * {@code contractsPerEmployee} contracts each (a fifth in 2025, the rest in 2026), each contract's events applied to
 * its facts by the service's own domain code and its contribution summed into the buckets; a token issuer (JWK set
 * over HTTP). Then the service's fat jar is started as its own process against them, and overview and ROI requests
 * are timed over HTTP, one at a time, {@code runs} times. Run by bench/analytics.sh; prints one line per scenario and run.
 *
 * <p>Arguments: employees, contracts per employee, runs, requests per scenario and run, service jar, java binary, log file,
 * store ({@code memory} or {@code h2}).
 */
public class AnalyticsBench {

    static final int UNITS = 20;
    static final int TEMPLATES_PER_UNIT = 10;
    static final String[] TYPES = {"ONLINE_COURSE", "WORKSHOP", "COACHING", "MENTORING", "CERTIFICATION", "CONFERENCE", "ON_THE_JOB", "SELF_STUDY"};
    static final String[] ROLES = {"Engineer", "Senior Engineer", "Analyst", "Lead", "Specialist"};
    static final int COMPETENCIES = 40;
    static final int PROVIDERS = 50;
    static final String DATABASE = "pactum-analytics-bench";

    public static void main(String[] args) throws Exception {
        int employees = Integer.parseInt(args[0]);
        int perEmployee = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        int requests = Integer.parseInt(args[3]);
        String jar = args[4];
        String java = args[5];
        File log = new File(args[6]);

        String storeKind = args.length > 7 ? args[7] : "memory";
        // the broker's and the store's own logging would drown the figures
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
        String kafka = TestInfrastructure.kafkaBootstrapServers();
        String mongoAddress = storeKind.equals("h2") ? h2Store(new File(log.getParentFile(), "store.mv").getPath())
                : TestInfrastructure.mongoAddress();
        System.out.println("store: mongo-java-server, " + (storeKind.equals("h2") ? "H2 MVStore backend (a file, as ./pactum up)" : "in-memory backend"));
        long fillStart = System.nanoTime();
        long contracts;
        try (MongoClient client = MongoClients.create(mongoAddress)) {
            contracts = fill(new MongoTemplate(client, DATABASE), employees, perEmployee);
        }
        System.out.printf("filled %,d employees and %,d contracts into the read models in %d s (heap used %,d MB)%n",
                employees, contracts, (System.nanoTime() - fillStart) / 1_000_000_000,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);

        RSAKey key = new RSAKeyGenerator(2048).keyID("bench").generate();
        HttpServer issuer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        issuer.createContext("/oauth2/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        issuer.start();
        String issuerUrl = "http://127.0.0.1:" + issuer.getAddress().getPort();

        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx1g", "-jar", jar).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log));
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        builder.environment().put("PACTUM_KAFKA_BOOTSTRAP", kafka);
        builder.environment().put("PACTUM_MONGODB_URI", mongoAddress + "/" + DATABASE);
        builder.environment().put("PACTUM_OIDC_ISSUER", issuerUrl);
        Process service = builder.start();
        try {
            String base = "http://127.0.0.1:" + port;
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (status(http, base + "/actuator/health", null) != 200) {
                if (!service.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("analytics-service did not become healthy; see " + log);
                }
                Thread.sleep(500);
            }
            String oneUnit = token(key, issuerUrl, "lars", "LD_ADMIN", List.of("BU01"));
            List<String> all = new ArrayList<>();
            for (int u = 1; u <= UNITS; u++) {
                all.add(unit(u));
            }
            String allUnits = token(key, issuerUrl, "ana", "ANALYST", all);
            Map<String, String[]> scenarios = new LinkedHashMap<>();
            scenarios.put("overview, one unit", new String[] {"/api/analytics/overview?businessUnit=BU01&fiscalYear=2026", oneUnit});
            scenarios.put("ROI, one unit", new String[] {"/api/analytics/roi?businessUnit=BU01&fiscalYear=2026", oneUnit});
            scenarios.put("overview, 20 units", new String[] {"/api/analytics/overview?fiscalYear=2026", allUnits});
            scenarios.put("ROI, 20 units", new String[] {"/api/analytics/roi?fiscalYear=2026", allUnits});
            scenarios.put("overview Q2, one unit", new String[] {"/api/analytics/overview?businessUnit=BU01&fiscalYear=2026&period=Q2", oneUnit});
            scenarios.put("providers, one unit", new String[] {"/api/analytics/providers?businessUnit=BU01&fiscalYear=2026", oneUnit});
            if (!storeKind.equals("h2")) {
                // not indexed on the embedded store: it reads every contract document (on H2 that takes minutes at 1M)
                scenarios.put("at-risk list, one unit", new String[] {"/api/analytics/at-risk?businessUnit=BU01", oneUnit});
            }
            System.out.println("sample overview: " + body(http, base + scenarios.get("overview, one unit")[0], oneUnit));
            System.out.println("sample ROI total: " + body(http, base + scenarios.get("ROI, one unit")[0], oneUnit)
                    .replaceAll(".*\"total\":", ""));
            // warm up every request path together (JIT, connection pools, caches of the store's JVM)
            for (int i = 0; i < 100; i++) {
                for (String[] s : scenarios.values()) {
                    if (!s[0].contains("at-risk") || i % 20 == 0) {
                        expectOk(http, base + s[0], s[1]);
                    }
                }
            }
            for (int run = 1; run <= runs; run++) {
                for (Map.Entry<String, String[]> s : scenarios.entrySet()) {
                    String url = base + s.getValue()[0];
                    String token = s.getValue()[1];
                    for (int i = 0; i < (s.getKey().startsWith("at-risk") ? 1 : 20); i++) {
                        expectOk(http, url, token);
                    }
                    int n = s.getKey().startsWith("at-risk") ? 5 : requests;
                    long[] nanos = new long[n];
                    for (int i = 0; i < n; i++) {
                        long t0 = System.nanoTime();
                        expectOk(http, url, token);
                        nanos[i] = System.nanoTime() - t0;
                    }
                    Arrays.sort(nanos);
                    System.out.printf("run %d: %-24s p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  (%d requests)%n", run, s.getKey(),
                            ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), n);
                }
            }
        } finally {
            service.destroy();
            service.waitFor();
            issuer.stop(0);
        }
        System.out.flush();
        Runtime.getRuntime().halt(0); // the in-process broker's shutdown hooks only add noise
    }

    // --- the organisation ----------------------------------------------------------------------------------

    /** Fills generation 1 of the read models; returns the number of contracts. */
    static long fill(MongoTemplate mongo, int employees, int perEmployee) {
        MongoReadModels store = new MongoReadModels(mongo);
        MongoBenefits benefits = new MongoBenefits(mongo);
        store.prepare(1);
        store.activate(1);
        Random random = new Random(42);
        for (String role : ROLES) {
            List<RequiredLevel> required = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                required.add(new RequiredLevel(competency(random.nextInt(COMPETENCIES)), 2 + random.nextInt(3), 1 + random.nextInt(5)));
            }
            store.saveRoleProfile(1, role, 1, required.stream().distinct().toList());
        }
        for (int u = 1; u <= UNITS; u++) {
            for (int t = 1; t <= TEMPLATES_PER_UNIT; t++) {
                store.saveTemplate(1, template(u, t), "Program " + t + " of " + unit(u), unit(u));
            }
        }
        Tally buckets = new Tally();
        long contracts = 0;
        long generating = 0;
        long summing = 0;
        long writing = 0;
        int batch = 1000;
        for (int from = 0; from < employees; from += batch) {
            Map<String, ContractFacts> contractFacts = new LinkedHashMap<>();
            Map<String, BudgetAccountFacts> accounts = new LinkedHashMap<>();
            Map<String, EmployeeFacts> people = new LinkedHashMap<>();
            Map<String, List<String>> links = new LinkedHashMap<>();
            List<Document> workforce = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int i = from; i < Math.min(employees, from + batch); i++) {
                Person p = new Person(i, employees);
                workforce.add(new Document("_id", p.id).append("name", "Person " + i).append("email", p.id + "@pactum.example")
                        .append("locale", "en-GB").append("timeZone", "Europe/Stockholm").append("businessUnit", p.unit)
                        .append("jobRole", p.role).append("managerId", p.manager).append("active", true)
                        .append("asOf", Date.from(Instant.parse("2025-12-01T00:00:00Z"))));
                EmployeeFacts person = EmployeeFacts.empty(p.id).apply(at("2025-12-01T00:00:00Z",
                        new EmployeeUpserted(p.id, "Person " + i, p.id + "@pactum.example", "en-GB", "Europe/Stockholm", p.unit, p.role, p.manager, true)));
                int[] levels = new int[COMPETENCIES];
                for (int c = 0; c < 3; c++) {
                    int competency = random.nextInt(COMPETENCIES);
                    int level = 1 + random.nextInt(2);
                    person = person.apply(at("2026-01-15T09:00:00Z", new CompetencyLevelChanged(p.id, competency(competency), levels[competency], level, "SELF", p.id)));
                    levels[competency] = level;
                }
                Map<Integer, BudgetAccountFacts> byYear = new HashMap<>();
                for (int year : new int[] {2025, 2026}) {
                    byYear.put(year, BudgetAccountFacts.empty(p.id, year).apply(at(year + "-01-05T08:00:00Z",
                            new BudgetAllocated(p.id, year, p.unit, eur(500_000), "fiona"))));
                }
                List<String> ids = new ArrayList<>();
                for (int k = 0; k < perEmployee; k++) {
                    int year = k < perEmployee / 5 ? 2025 : 2026;
                    String contractId = p.id + "-c" + k;
                    ids.add(contractId);
                    ContractFacts facts = ContractFacts.empty(contractId);
                    for (EventEnvelope e : history(random, p, contractId, year, levels)) {
                        if (e.data() instanceof io.pactum.events.contract.ContractEvent || e.data() instanceof BudgetReservationPendingApproval) {
                            facts = facts.apply(e);
                        }
                        if (e.data() instanceof BudgetReserved || e.data() instanceof BudgetSpent || e.data() instanceof BudgetReleased) {
                            facts = facts.apply(e);
                            byYear.put(year, byYear.get(year).apply(e));
                        }
                        if (e.data() instanceof CompetencyLevelChanged) {
                            person = person.apply(e);
                        }
                    }
                    contractFacts.put(contractId, facts);
                }
                links.put(p.id, ids);
                people.put(p.id, person);
                byYear.forEach((year, account) -> accounts.put(BudgetAccountFacts.idOf(p.id, year), account));
            }
            long t1 = System.nanoTime();
            contractFacts.values().forEach(c -> buckets.plus(c.contribution()));
            accounts.values().forEach(a -> buckets.plus(a.contribution()));
            people.values().forEach(e -> buckets.plus(e.contribution()));
            long t2 = System.nanoTime();
            store.insertAll(1, FactKind.CONTRACT, contractFacts, "bench-fill");
            store.insertAll(1, FactKind.ACCOUNT, accounts, "bench-fill");
            store.insertAll(1, FactKind.EMPLOYEE, people, "bench-fill");
            store.insertContractLinks(1, links);
            mongo.insert(workforce, "workforce");
            contracts += contractFacts.size();
            generating += t1 - t0;
            summing += t2 - t1;
            writing += System.nanoTime() - t2;
            if ((from / batch) % 10 == 9) {
                System.out.printf("  %,d people, %,d contracts so far (s: events and facts %d, buckets %d, writes %d; %d buckets)%n",
                        from + batch, contracts, generating / 1_000_000_000, summing / 1_000_000_000, writing / 1_000_000_000,
                        buckets.keys().size());
            }
        }
        store.insertAll(1, buckets);
        store.countEvent(1, new io.pactum.analytics.application.EventPosition("bench", 0, 0), Instant.parse("2026-11-30T00:00:00Z"));
        // benefits: half the programs, and a contract without a template in each unit
        for (int u = 1; u <= UNITS; u++) {
            for (int t = 1; t <= TEMPLATES_PER_UNIT; t += 2) {
                benefits.save(new Benefit(UUID.randomUUID().toString(), template(u, t), null, unit(u), 2026, eur(5_000_000L + random.nextInt(5_000_000)),
                        new BigDecimal(50 + random.nextInt(40)), new BigDecimal(50 + random.nextInt(40)), new Kirkpatrick(true, true, random.nextBoolean(), false),
                        "bench", "lars", Instant.parse("2026-11-01T00:00:00Z")));
            }
        }
        return contracts;
    }

    /** One contract's events: proposed, mostly signed and funded; milestones, check-ins, an expense; many completed. */
    static List<EventEnvelope> history(Random r, Person p, String c, int year, int[] levels) {
        List<EventEnvelope> events = new ArrayList<>();
        Instant proposed = Instant.parse(year + "-01-10T09:00:00Z").plus(r.nextInt(290), ChronoUnit.DAYS).plus(r.nextInt(600), ChronoUnit.MINUTES);
        String template = r.nextInt(10) < 7 ? template(p.unitNumber, 1 + r.nextInt(TEMPLATES_PER_UNIT)) : null;
        List<PlannedObjective> objectives = new ArrayList<>();
        int firstCompetency = r.nextInt(COMPETENCIES);
        for (int o = 0; o < 1 + r.nextInt(3); o++) {
            objectives.add(new PlannedObjective(competency((firstCompetency + o * 7) % COMPETENCIES), 2 + r.nextInt(3)));
        }
        List<PlannedActivity> activities = new ArrayList<>();
        long planned = 0;
        for (int a = 0; a < 1 + r.nextInt(2); a++) {
            long cost = 5_000 + r.nextInt(35_000);
            planned += cost;
            LocalDate start = day(proposed.plus(10, ChronoUnit.DAYS));
            activities.add(new PlannedActivity(TYPES[r.nextInt(TYPES.length)], "Activity " + a, provider(r.nextInt(PROVIDERS)), eur(cost), start, start.plusDays(120)));
        }
        LocalDate m1 = day(proposed.plus(40, ChronoUnit.DAYS));
        LocalDate m2 = day(proposed.plus(100, ChronoUnit.DAYS));
        List<PlannedMilestone> milestones = List.of(new PlannedMilestone("m1", "First", m1), new PlannedMilestone("m2", "Second", m2));
        events.add(at(proposed, new ContractProposed(c, p.id, p.manager, 1, p.id, p.unit, year, eur(planned))));
        int fate = r.nextInt(100);
        if (fate < 10) {
            return events; // still a proposal
        }
        Instant signed = proposed.plus(r.nextInt(10 * 24 * 60), ChronoUnit.MINUTES);
        events.add(at(signed, new ContractSigned(c, p.id, p.manager, 1, eur(planned), year, p.unit, signed, "Contract " + c, template,
                objectives, activities, milestones, 14)));
        if (fate < 15) {
            events.add(at(signed.plusSeconds(2), new ContractFundingDeclined(c, p.id, 1, p.unit, year, "INSUFFICIENT_FUNDS", "no")));
            return events;
        }
        if (fate < 17) {
            events.add(at(signed.plusSeconds(1), new BudgetReservationPendingApproval("a-" + c, c, p.id, 1, year, p.unit, eur(planned), eur(100_000))));
            return events;
        }
        events.add(at(signed.plusSeconds(1), new BudgetReserved(c, p.id, 1, year, eur(planned), eur(0))));
        events.add(at(signed.plusSeconds(2), new ContractActivated(c, p.id, 1, p.unit, year, signed.plusSeconds(2))));
        long held = planned;
        if (r.nextInt(10) < 6) {
            long spend = planned / 2 + r.nextInt((int) (planned / 2));
            events.add(at(signed.plus(20 + r.nextInt(40), ChronoUnit.DAYS), new BudgetSpent(p.id, c, year, p.unit, eur(spend),
                    activities.getFirst().provider(), "INV-" + c)));
            held = Math.max(0, held - spend);
        }
        for (PlannedMilestone m : milestones) {
            int outcome = r.nextInt(10);
            if (outcome < 7) {
                events.add(at(m.dueDate().atStartOfDay().toInstant(ZoneOffset.UTC).minus(r.nextInt(5), ChronoUnit.DAYS),
                        new MilestoneCompleted(c, p.id, m.milestoneId(), m.title(), m.dueDate().atStartOfDay().toInstant(ZoneOffset.UTC), "done", p.unit, year)));
            } else if (outcome < 9) {
                events.add(at(m.dueDate().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                        new MilestoneMissed(c, p.id, p.manager, m.milestoneId(), m.title(), m.dueDate(), p.unit, year)));
            }
        }
        events.add(at(signed.plus(14, ChronoUnit.DAYS), new CheckInRecorded(c, p.id, "ck1-" + c, 3, p.manager, signed.plus(14, ChronoUnit.DAYS), p.unit, year)));
        if (r.nextInt(10) == 0) {
            events.add(at(signed.plus(29, ChronoUnit.DAYS), new CheckInMissed(c, p.id, p.manager, day(signed.plus(28, ChronoUnit.DAYS)), p.unit, year)));
        }
        int end = r.nextInt(100);
        Instant ended = signed.plus(110 + r.nextInt(40), ChronoUnit.DAYS);
        if (end < 43) {
            if (end < 35) {
                events.add(at(ended, new ContractCompleted(c, p.id, 1, objectives.stream().map(o -> new ObjectiveResult(o.competencyId(), o.targetLevel())).toList(),
                        p.unit, year, ended)));
                for (PlannedObjective o : objectives) {
                    int index = Integer.parseInt(o.competencyId().substring(5)) - 1;
                    int from = levels[index];
                    levels[index] = Math.min(5, from + 1);
                    events.add(at(ended.plusSeconds(1), new CompetencyLevelChanged(p.id, o.competencyId(), from, levels[index], "CONTRACT_ASSESSMENT", null)));
                }
            } else if (end < 40) {
                events.add(at(ended, new ContractFailed(c, p.id, 1, p.unit, year, ended)));
            } else {
                events.add(at(ended, new ContractCancelled(c, p.id, "plans changed", p.id, p.unit, year, ended)));
            }
            if (held > 0) {
                events.add(at(ended.plusSeconds(2), new BudgetReleased(p.id, c, year, p.unit, eur(held))));
            }
        }
        return events;
    }

    /** Employee i: units of equal size; every tenth person manages the next nine. */
    record Person(String id, int unitNumber, String unit, String role, String manager) {
        Person(int i, int employees) {
            this(AnalyticsBench.person(i), 1 + i * UNITS / employees, AnalyticsBench.unit(1 + i * UNITS / employees), ROLES[i % ROLES.length],
                    i % 10 == 0 ? null : AnalyticsBench.person(i - i % 10));
        }
    }

    static String person(int i) {
        return "p%06d".formatted(i);
    }

    static String unit(int u) {
        return "BU%02d".formatted(u);
    }

    static String template(int unit, int t) {
        return "tpl-%02d-%02d".formatted(unit, t);
    }

    static String competency(int c) {
        return "comp-%02d".formatted(c + 1);
    }

    static String provider(int p) {
        return "Provider %02d".formatted(p + 1);
    }

    static Money eur(long minor) {
        return new Money(minor, "EUR");
    }

    static LocalDate day(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }

    static EventEnvelope at(String instant, PactumEvent data) {
        return at(Instant.parse(instant), data);
    }

    static EventEnvelope at(Instant instant, PactumEvent data) {
        return new EventEnvelope(UUID.randomUUID().toString(), EventCatalog.of(data).type(), URI.create("/pactum/bench"),
                data.employeeId(), OffsetDateTime.ofInstant(instant, ZoneOffset.UTC), data);
    }

    // --- HTTP ----------------------------------------------------------------------------------------------

    static String token(RSAKey key, String issuer, String subject, String role, List<String> units) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject(subject).claim("roles", List.of(role))
                .claim("business_units", units).issueTime(new Date()).expirationTime(Date.from(Instant.now().plus(2, ChronoUnit.HOURS))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    static int status(HttpClient http, String url, String token) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    static String body(HttpClient http, String url, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static void expectOk(HttpClient http, String url, String token) throws Exception {
        body(http, url, token);
    }

    static double ms(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }

    /** mongo-java-server with its H2 MVStore backend in a file, as the local platform runs it (loaded by name: optional). */
    static String h2Store(String file) throws Exception {
        Object backend = Class.forName("de.bwaldvogel.mongo.backend.h2.H2Backend").getConstructor(String.class).newInstance(file);
        de.bwaldvogel.mongo.MongoServer server = new de.bwaldvogel.mongo.MongoServer((de.bwaldvogel.mongo.MongoBackend) backend);
        InetSocketAddress address = server.bind();
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
