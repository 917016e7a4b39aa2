package io.pactum.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pactum.contract.application.ContractRepository;
import io.pactum.contract.application.MissedDeadlines;
import io.pactum.events.contract.CheckInMissed;
import io.pactum.events.contract.MilestoneMissed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The deadline scan against the shared MongoDB-wire store: two scanners (as two instances would run them,
 * without the lock) racing over the same contracts report each missed milestone and check-in exactly
 * once, also when they catch up after downtime; the lists find at-risk and due-soon contracts.
 * Dates are relative to today, as the contracts are activated by the service's real clock.
 */
class MissedDeadlinesIntegrationTest extends ContractServiceTest {

    private static final LocalDate START = LocalDate.now(ZoneOffset.UTC).plusDays(10);
    private static final int CONTRACTS = 4;

    @Autowired
    ContractRepository repository;

    @Test
    void two_scanners_racing_report_each_missed_deadline_exactly_once_and_catch_up_after_downtime() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < CONTRACTS; i++) {
            ids.add(activate(create(ERIN, relativeBody("Scan " + i))));
        }

        // down until 30 days after the start: two check-ins (start+14, start+28) passed
        race(START.plusDays(30));
        for (String id : ids) {
            assertThat(stored(id).getList("missedCheckIns", Object.class)).hasSize(2);
            assertThat(stored(id).getList("missedMilestones", String.class)).isEmpty();
        }
        // down again until after the end: the milestone (start+40) and check-ins start+42 and start+56 passed
        race(START.plusDays(65));

        for (String id : ids) {
            Document stored = stored(id);
            assertThat(stored.getList("missedMilestones", String.class)).containsExactly("m1");
            assertThat(stored.getList("missedCheckIns", Object.class)).hasSize(4);
            assertThat(stored.getList("audit", Document.class)).filteredOn(a -> "deadline-scan".equals(a.getString("actor")))
                    .hasSize(5);
            assertThat(stored.getBoolean("atRisk")).isTrue();
        }
        await().atMost(DEADLINE).until(() -> ids.stream().allMatch(id ->
                events(id, MilestoneMissed.class).size() >= 1 && events(id, CheckInMissed.class).size() >= 4
                        && stored(id).getList("pendingEvents", Object.class).isEmpty()));
        for (String id : ids) {
            assertThat(events(id, MilestoneMissed.class)).singleElement()
                    .extracting(MilestoneMissed::milestoneId, MilestoneMissed::dueDate, MilestoneMissed::managerId)
                    .containsExactly("m1", START.plusDays(40), "mona");
            assertThat(events(id, CheckInMissed.class)).extracting(CheckInMissed::dueDate).containsExactly(
                    START.plusDays(14), START.plusDays(28), START.plusDays(42), START.plusDays(56));
        }
    }

    @Test
    void a_scanner_that_read_the_contract_before_another_reported_its_deadline_cannot_write_it_again() throws Exception {
        String id = activate(create(ERIN, relativeBody("Stale read")));
        Instant late = clockAt(START.plusDays(41)).instant();
        ContractRepository.Stored first = repository.find(id).orElseThrow();
        ContractRepository.Stored second = repository.find(id).orElseThrow();

        var reported = first.contract().reportMissedDeadlines(late);
        assertThat(repository.update(first, first.contract(), reported, null)).isTrue();
        var again = second.contract().reportMissedDeadlines(late);
        assertThat(again).as("the stale copy still thinks it must report").hasSize(reported.size());
        assertThat(repository.update(second, second.contract(), again, null)).as("but its write is refused").isFalse();

        assertThat(repository.find(id).orElseThrow().contract().reportMissedDeadlines(late)).as("re-read: nothing left").isEmpty();
        assertThat(stored(id).getList("missedMilestones", String.class)).containsExactly("m1");
    }

    @Test
    void the_scan_reads_only_active_contracts_whose_next_deadline_has_passed() throws Exception {
        String id = activate(create(ERIN, relativeBody("Not yet due")));
        String draft = create(ERIN, relativeBody("A draft"));
        // the first deadline is the check-in due START+14
        assertThat(repository.activeWithDeadlineBefore(START.plusDays(14), null, 10_000)).doesNotContain(id, draft);
        assertThat(repository.activeWithDeadlineBefore(START.plusDays(15), null, 10_000)).contains(id).doesNotContain(draft);

        new MissedDeadlines(repository, clockAt(START.plusDays(100)), new SimpleMeterRegistry()).scan();
        assertThat(repository.activeWithDeadlineBefore(START.plusDays(1000), null, 10_000)).as("nothing left to miss")
                .doesNotContain(id);
    }

    @Test
    void an_active_contract_stored_before_progress_was_kept_is_read_scanned_and_upgraded() throws Exception {
        String id = activate(create(ERIN, relativeBody("Stored by the first slice")));
        Document unset = new Document();
        for (String field : List.of("activatedAt", "completions", "missedMilestones", "checkIns", "missedCheckIns",
                "assessment", "audit", "atRisk", "nextMilestoneDue", "nextDeadline")) {
            unset.append(field, "");
        }
        mongo.getCollection("contracts").updateOne(new Document("_id", id), new Document("$unset", unset));

        mvc.perform(get("/api/contracts/" + id).with(ERIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.progress.checkIns.length()").value(0));
        mvc.perform(get("/api/contracts/" + id + "/audit").with(ERIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        assertThat(repository.activeWithDeadlineBefore(START, null, 10_000)).as("no next deadline stored: read").contains(id);

        var meters = new SimpleMeterRegistry();
        int reported = new MissedDeadlines(repository, clockAt(START.plusDays(41)), meters).scan();

        Document stored = stored(id);
        assertThat(stored.getList("missedMilestones", String.class)).containsExactly("m1");
        assertThat(stored.getList("missedCheckIns", Object.class)).hasSize(2); // START+14, START+28 (cadence from the start)
        assertThat(stored.get("nextDeadline")).isNotNull();
        double milestones = meters.counter("pactum.contract.deadlines.missed", "kind", "milestone").count();
        double checkIns = meters.counter("pactum.contract.deadlines.missed", "kind", "check_in").count();
        assertThat(milestones).isGreaterThanOrEqualTo(1);
        assertThat(checkIns).isGreaterThanOrEqualTo(2);
        assertThat(milestones + checkIns).as("each report counted once").isEqualTo(reported);
    }

    @Test
    void the_scheduled_scan_runs_under_a_shedlock_lock_in_mongodb() {
        await().atMost(DEADLINE).until(() -> mongo.getCollection("shedLock")
                .find(new Document("_id", "contract-deadline-scan")).first() != null);
    }

    @Test
    void lists_filter_by_scope_fiscal_year_due_soon_and_at_risk() throws Exception {
        String onTrack = activate(create(ERIN, relativeBody("On track", 5)));
        String behind = activate(create(ERIN, relativeBody("Behind", 5)));
        String draft = create(ERIN, relativeBody("Still a draft"));
        // the milestone (start+5) of "behind" passes; "on track" completed it on time; no check-in is due yet
        mvc.perform(post("/api/contracts/" + onTrack + "/milestones/m1/complete").with(ERIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"evidence\":\"Done\"}"))
                .andExpect(status().isOk());
        new MissedDeadlines(repository, clockAt(START.plusDays(10)), new SimpleMeterRegistry()).scan();

        list(ERIN, "atRisk=true&size=200").andExpect(jsonPath("$.items[*].id", hasItem(behind)))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(onTrack))))
                .andExpect(jsonPath("$.items[*].progress.atRisk", not(hasItem(false))));
        list(MONA, "scope=TEAM&atRisk=true&size=200").andExpect(jsonPath("$.items[*].id", hasItem(behind)));
        list(SAM, "atRisk=true").andExpect(jsonPath("$.total").value(0));

        String dueSoon = activate(create(ERIN, relativeBody("Due soon")));
        list(ERIN, "dueWithinDays=" + (10 + 40 - 1) + "&size=200").andExpect(jsonPath("$.items[*].id", not(hasItem(dueSoon))));
        list(ERIN, "dueWithinDays=" + (10 + 40) + "&size=200").andExpect(jsonPath("$.items[*].id", hasItem(dueSoon)))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(draft))))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(onTrack))));

        list(ERIN, "scope=MINE&fiscalYear=2026&status=DRAFT&size=200").andExpect(jsonPath("$.items[*].id", hasItem(draft)))
                .andExpect(jsonPath("$.items[*].status", not(hasItem("ACTIVE"))));
        list(ERIN, "fiscalYear=2031").andExpect(jsonPath("$.total").value(0));
        list(MONA, "scope=MINE").andExpect(jsonPath("$.total").value(0));
        list(LARS_LD_ADMIN, "scope=UNIT&status=DRAFT&size=200").andExpect(jsonPath("$.items[*].id", hasItem(draft)));
        list(FIONA_FINANCE_SALES, "scope=UNIT&size=200").andExpect(jsonPath("$.items[*].businessUnit", not(hasItem("ENG"))));
        list(ERIN, "scope=EVERYONE").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("scope"));
        list(ERIN, "dueWithinDays=-1").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dueWithinDays"));
        mvc.perform(get("/api/contracts/" + behind).with(MONA))
                .andExpect(jsonPath("$.progress.missedMilestones").value(contains("m1")));
    }

    /** Two scanners at the same moment, started together, each scanning twice. */
    private void race(LocalDate today) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int instance = 0; instance < 2; instance++) {
                MissedDeadlines scanner = new MissedDeadlines(repository, clockAt(today), new SimpleMeterRegistry());
                runs.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return scanner.scan() + scanner.scan();
                }));
            }
            for (Future<Integer> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Clock clockAt(LocalDate day) {
        return Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private ResultActions list(RequestPostProcessor who, String query) throws Exception {
        return mvc.perform(get("/api/contracts?" + query).with(who));
    }

    private static String relativeBody(String title) {
        return relativeBody(title, 40);
    }

    /** erin's contract from START to START+60, a milestone at START+milestoneDay, check-ins every 14 days. */
    private static String relativeBody(String title, int milestoneDay) {
        return """
                {"employeeId":"erin","title":"%s","purpose":"Cloud migration strategy","fiscalYear":2026,
                 "objectives":[{"description":"Design resilient AWS architectures","competencyId":"cloud-architecture","targetLevel":3}],
                 "activities":[{"type":"ONLINE_COURSE","title":"SAA course","provider":"Acme Learning",
                   "plannedCost":{"amount":"400.00","currency":"EUR"},"start":"%s","end":"%s"}],
                 "milestones":[{"title":"Course finished","dueDate":"%s"}],
                 "assessment":{"method":"CERTIFICATION_EXAM","criteria":"Pass SAA-C03"},"checkInEveryDays":14}
                """.formatted(title, START, START.plusDays(60), START.plusDays(milestoneDay));
    }

}
