package io.pactum.budget.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.pactum.budget.BudgetServiceIntegrationTest;
import io.pactum.budget.application.BudgetAccounts;
import io.pactum.budget.application.Bookkeeping;
import io.pactum.budget.application.Reservations;
import io.pactum.budget.domain.BudgetRuleException;
import io.pactum.chassis.security.Caller;
import io.pactum.events.EventCatalog;
import io.pactum.events.EventEnvelope;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import io.pactum.budget.domain.BudgetAccount;
import io.pactum.budget.domain.LedgerEntry;
import io.pactum.chassis.security.Role;
import io.pactum.chassis.testing.TestTokens;
import io.pactum.chassis.testing.TestTopics;
import io.pactum.events.Money;
import io.pactum.events.Topics;
import io.pactum.events.budget.BudgetEvent;
import io.pactum.events.budget.BudgetReleased;
import io.pactum.events.budget.BudgetReservationDeclined;
import io.pactum.events.budget.BudgetReserved;
import io.pactum.events.budget.BudgetSpent;
import io.pactum.events.contract.ContractCancelled;
import io.pactum.events.contract.ContractSigned;
import io.pactum.events.workforce.EmployeeUpserted;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * After the saga: approvals above the threshold, expenses, adjustments and refunds booked by FINANCE, the
 * release when a contract ends, the business unit's summary and the ledger as CSV — over HTTP and the real
 * broker, with the problems bad input and the wrong caller get.
 */
class BookkeepingApiTest extends BudgetServiceIntegrationTest {

    private static final int YEAR = 2032;
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final RequestPostProcessor LARS = TestTokens.as("lars", Role.LD_ADMIN, "ENG");
    private static final RequestPostProcessor SALES_ADMIN = TestTokens.as("sigrid", Role.LD_ADMIN, "SALES");
    private static final RequestPostProcessor ANA = TestTokens.as("ana", Role.ANALYST, "ENG");
    private static final RequestPostProcessor ELI = TestTokens.as("eng-01", Role.EMPLOYEE, "ENG");

    @Autowired
    BudgetAccounts accounts;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MeterRegistry meters;
    @Autowired
    Reservations reservations;
    @Autowired
    Bookkeeping bookkeeping;

    @Test
    void approvals_expenses_adjustments_refunds_and_the_release_keep_the_ledger_true() throws Exception {
        putPolicy("ENG", YEAR, policy("EUR", "2000.00", "1000.00", "RESTRICTIVE"), FIONA).andExpect(status().isOk());
        allocate("ENG", YEAR);
        String big = "big-" + UUID.randomUUID();
        String other = "other-" + UUID.randomUUID();
        sign(big, "erin", 150_000);
        sign(other, "eng-01", 120_000);

        // both wait for the LD_ADMIN of ENG, and only for them
        await().atMost(DEADLINE).untilAsserted(() -> mvc.perform(get("/api/budget-approvals").with(LARS))
                .andExpect(jsonPath("$[*].id", hasItem(big + ":1")))
                .andExpect(jsonPath("$[*].id", hasItem(other + ":1"))));
        mvc.perform(get("/api/budget-approvals").with(FIONA)).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/budget-approvals").with(SALES_ADMIN)).andExpect(jsonPath("$[*].id").isEmpty());
        mvc.perform(get("/api/budget-approvals?status=DONE").with(LARS)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(post("/api/budget-approvals/" + big + ":1/approve").with(SALES_ADMIN)).andExpect(status().isNotFound());
        mvc.perform(post("/api/budget-approvals/" + big + ":1/approve").with(FIONA)).andExpect(status().isNotFound());

        double reservedBefore = answers("reserved");
        double declinedBefore = answers("declined");
        mvc.perform(post("/api/budget-approvals/" + big + ":1/approve").with(LARS)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.requested.amount").value("1500.00"))
                .andExpect(jsonPath("$.available.amount").value("500.00"));
        mvc.perform(post("/api/budget-approvals/" + big + ":1/approve").with(LARS)).andExpect(status().isNotFound());
        json(post("/api/budget-approvals/" + other + ":1/decline").with(LARS), "{\"reason\":\"\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        json(post("/api/budget-approvals/" + other + ":1/decline").with(LARS), "{\"reason\":\"Not this year\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DECLINED"));
        await().atMost(DEADLINE).until(() -> !budgetEvents(BudgetReserved.class, big).isEmpty()
                && !budgetEvents(BudgetReservationDeclined.class, other).isEmpty());
        assertThat(budgetEvents(BudgetReservationDeclined.class, other)).singleElement()
                .satisfies(d -> assertThat(d.reason()).isEqualTo("APPROVAL_DECLINED"));
        assertThat(answers("reserved")).as("pactum_budget_reservations_total{outcome=reserved}").isEqualTo(reservedBefore + 1);
        assertThat(answers("declined")).isEqualTo(declinedBefore + 1);

        // expenses: bad input and the wrong caller change nothing
        String expense = expense(big, "600.00", "INV-1");
        json(post("/api/budgets/erin/expenses").with(ERIN), expense).andExpect(status().isForbidden());
        json(post("/api/budgets/erin/expenses").with(ELI), expense).andExpect(status().isNotFound());
        expectInvalid("/api/budgets/erin/expenses", expense(big, "0.00", "INV-1"), "amount.amount");
        expectInvalid("/api/budgets/erin/expenses", expense(big, "-5.00", "INV-1"), "amount.amount");
        expectInvalid("/api/budgets/erin/expenses", expense(big, "6.001", "INV-1"), "amount.amount");
        expectInvalid("/api/budgets/erin/expenses", expense(big, "600.00", "INV-1").replace("\"EUR\"", "\"EUX\""), "amount.currency");
        expectInvalid("/api/budgets/erin/expenses", expense(big, "600.00", "INV-1").replace("\"date\"", "\"tip\":1,\"date\""), "tip");
        expectInvalid("/api/budgets/erin/expenses", expense(big, "600.00", ""), "invoiceReference");
        json(post("/api/budgets/erin/expenses").with(FIONA), expense(big, "600.00", "INV-1").replace("\"EUR\"", "\"SEK\""))
                .andExpect(status().isConflict());
        json(post("/api/budgets/erin/expenses").with(FIONA), expense("unknown", "600.00", "INV-1")).andExpect(status().isConflict());
        assertThat(erin().spent()).isZero();

        json(post("/api/budgets/erin/expenses").with(FIONA), expense).andExpect(status().isCreated())
                .andExpect(jsonPath("$.reserved.amount").value("900.00"))
                .andExpect(jsonPath("$.spent.amount").value("600.00"))
                .andExpect(jsonPath("$.available.amount").value("500.00"));
        json(post("/api/budgets/erin/expenses").with(FIONA), expense).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("invoice INV-1 is booked already"));

        // adjustments: a top-up, and a cut below what is committed is refused whole
        json(post("/api/budgets/erin/adjustments").with(FIONA), adjustment("250.00", "Promotion")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.allocated.amount").value("2250.00"));
        json(post("/api/budgets/erin/adjustments").with(FIONA), adjustment("-2000.00", "Reorganisation"))
                .andExpect(status().isConflict());
        expectInvalid("/api/budgets/erin/adjustments", adjustment("0.00", "Nothing"), "amount.amount");
        expectInvalid("/api/budgets/erin/adjustments", adjustment("10.00", ""), "reason");
        assertThat(erin().allocated()).isEqualTo(225_000);

        // a refund, then the contract is cancelled: what it still holds comes back, once
        json(post("/api/budgets/erin/refunds").with(FIONA),
                "{\"fiscalYear\":%d,\"invoiceReference\":\"INV-1\",\"amount\":{\"amount\":\"100.00\",\"currency\":\"EUR\"},\"reason\":\"One day less\"}"
                        .formatted(YEAR)).andExpect(status().isCreated()).andExpect(jsonPath("$.spent.amount").value("500.00"));
        String cancelledEventId = UUID.randomUUID().toString();
        var cancelled = new ContractCancelled(big, "erin", "Left the team", "mona", "ENG", YEAR, Instant.now());
        TestTopics.publish(cancelledEventId, cancelled);
        await().atMost(DEADLINE).until(() -> erin().reserved() == 0);
        awaitOutboxEmpty();
        long version = accounts.find("erin", YEAR).orElseThrow().version();
        TestTopics.publish(cancelledEventId, cancelled); // redelivered
        String marker = "marker-" + UUID.randomUUID();
        sign(marker, "erin", 1_000); // after the redelivery, with the same key: the same partition
        await().atMost(DEADLINE).until(() -> !budgetEvents(BudgetReserved.class, marker).isEmpty());
        assertThat(accounts.find("erin", YEAR).orElseThrow().version()).as("the redelivery wrote nothing, the marker once")
                .isEqualTo(version + 1);
        assertThat(budgetEvents(BudgetReleased.class, big)).singleElement()
                .satisfies(r -> assertThat(r.amount()).isEqualTo(new Money(90_000, "EUR")));
        assertThat(budgetEvents(BudgetSpent.class, big)).singleElement()
                .satisfies(s -> assertThat(s.invoiceReference()).isEqualTo("INV-1"));
        json(post("/api/budgets/erin/expenses").with(FIONA), expense(big, "10.00", "INV-2")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("contract " + big + " has ended; it takes no more expenses"));

        BudgetAccount erin = erin();
        assertThat(erin.available()).isEqualTo(225_000 - 50_000 - 1_000);
        assertThat(erin.ledgerBalances()).isTrue();

        // finance's views: the unit's summary and the ledger as CSV, row for row
        mvc.perform(get("/api/business-units/ENG/budget-summary?fiscalYear=" + YEAR).with(ANA)).andExpect(status().isOk())
                .andExpect(jsonPath("$.accounts").value(3))
                .andExpect(jsonPath("$.allocated.amount").value("6250.00"))
                .andExpect(jsonPath("$.spent.amount").value("500.00"))
                .andExpect(jsonPath("$.reserved.amount").value("10.00"))
                .andExpect(jsonPath("$.available.amount").value("5740.00"))
                .andExpect(jsonPath("$.utilisation").value(8.2))
                .andExpect(jsonPath("$.pendingApprovals").value(0))
                .andExpect(jsonPath("$.accountsOverspent").value(0));
        mvc.perform(get("/api/business-units/ENG/budget-summary?fiscalYear=" + YEAR).with(ERIN)).andExpect(status().isForbidden());
        String csv = mvc.perform(get("/api/budgets/erin/ledger?fiscalYear=" + YEAR).with(ERIN).accept("text/csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String[] rows = csv.split("\r\n");
        assertThat(rows[0]).isEqualTo(LedgerCsv.HEADER);
        assertThat(rows).hasSize(1 + erin.ledger().size());
        assertThat(rows).anyMatch(r -> r.contains(",SPEND,600.00,EUR," + big + ",1,INV-1,fiona,"));
        assertThat(rows).anyMatch(r -> r.contains(",REFUND,100.00,EUR,"));
        assertThat(rows).anyMatch(r -> r.contains(",ADJUSTMENT,250.00,EUR,"));
        String unitCsv = mvc.perform(get("/api/business-units/ENG/budget-ledger?fiscalYear=" + YEAR).with(FIONA).accept("text/csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unitCsv.split("\r\n")).filteredOn(r -> r.startsWith("erin,")).hasSize(erin.ledger().size());
        assertThat(unitCsv.split("\r\n")).anyMatch(r -> r.startsWith("erin,") && r.contains(",RESERVATION,10.00,EUR," + marker));
        assertThat(unitCsv.split("\r\n")).filteredOn(r -> r.startsWith("eng-02,")).singleElement()
                .satisfies(r -> assertThat(r).contains(",ALLOCATION,2000.00,EUR,"));
    }

    @Test
    void an_account_stored_before_expenses_and_endings_existed_is_read_and_booked_on() throws Exception {
        int year = 2033;
        putPolicy("ENG", year, policy("EUR", "2000.00", "1000.00", "RESTRICTIVE"), FIONA).andExpect(status().isOk());
        String contract = "old-" + UUID.randomUUID();
        // the shape the first slice wrote: no closed flag on reservations, no reference on entries, no thresholds
        mongo.insert(Document.parse("""
                {"_id":"erin:%d","version":3,"employeeId":"erin","fiscalYear":%d,"businessUnit":"ENG","currency":"EUR",
                 "allocated":200000,"reserved":40000,"spent":0,"available":160000,
                 "reservations":[{"contractId":"%s","revision":1,"amountMinor":40000}],"approvals":[],
                 "ledger":[{"entryId":"a","kind":"ALLOCATION","amountMinor":200000,"actor":"fiona","reason":"annual allocation","at":{"$date":"2033-01-02T08:00:00Z"}},
                           {"entryId":"b","kind":"RESERVATION","amountMinor":40000,"contractId":"%s","revision":1,"eventId":"e1","actor":"budget-service","reason":"contract signed (revision 1)","at":{"$date":"2033-01-03T08:00:00Z"}}],
                 "appliedEventIds":["e1"],"pendingEvents":[]}""".formatted(year, year, contract, contract)), "budget_accounts");

        mvc.perform(get("/api/budgets/erin?fiscalYear=" + year).with(ERIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.available.amount").value("1600.00"));
        json(post("/api/budgets/erin/expenses").with(FIONA), expense(contract, "100.00", "OLD-1").replace("\"fiscalYear\":" + YEAR,
                "\"fiscalYear\":" + year)).andExpect(status().isCreated()).andExpect(jsonPath("$.reserved.amount").value("300.00"));
        assertThat(accounts.find("erin", year).orElseThrow().account().ledgerBalances()).isTrue();
    }

    @Test
    void allocations_by_job_role_the_whole_year_for_people_who_join_in_the_first_month_and_a_year_end_close_that_carries_over_once() throws Exception {
        int year = Year.now(ZoneOffset.UTC).getValue();
        String unit = "OPS-" + UUID.randomUUID().toString().substring(0, 8);
        String early = unit + "-early";
        String staff = unit + "-staff";
        String late = unit + "-late";
        RequestPostProcessor finance = TestTokens.as("olga", Role.FINANCE, unit);
        joins(early, unit, "Site Reliability Engineer");
        joins(staff, unit, "Staff Engineer");
        String policy = """
                {"currency":"EUR","defaultAllocation":{"amount":"1200.00","currency":"EUR"},
                 "approvalThreshold":{"amount":"5000.00","currency":"EUR"},"mode":"RESTRICTIVE",
                 "allocationsByJobRole":{"Staff Engineer":{"amount":"3000.00","currency":"EUR"}},"carryOverPercent":50}""";
        putPolicy(unit, year, policy, finance).andExpect(status().isOk())
                .andExpect(jsonPath("$.allocationsByJobRole['Staff Engineer'].amount").value("3000.00"))
                .andExpect(jsonPath("$.carryOverPercent").value(50));
        mvc.perform(post("/api/budget-policies/" + unit + "/" + year + "/allocate").with(finance)).andExpect(status().isOk())
                .andExpect(jsonPath("$.allocated").value(2));
        assertThat(accounts.find(staff, year).orElseThrow().account().allocated()).isEqualTo(300_000);
        assertThat(accounts.find(early, year).orElseThrow().account().allocated()).isEqualTo(120_000);

        // someone who joins in the month of the unit's first allocation still gets the whole year (a later month
        // gets the months left: YearEndTest) — the first run may simply not have known them yet
        joins(late, unit, "Site Reliability Engineer");
        mvc.perform(post("/api/budget-policies/" + unit + "/" + year + "/allocate").with(finance)).andExpect(jsonPath("$.allocated").value(1));
        BudgetAccount joined = accounts.find(late, year).orElseThrow().account();
        assertThat(joined.allocated()).isEqualTo(120_000);
        assertThat(joined.ledger()).singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("annual allocation " + year));

        // the close needs next year's policy; then what is left expires and half of it carries over, once
        mvc.perform(post("/api/budget-policies/" + unit + "/" + year + "/close").with(finance)).andExpect(status().isConflict());
        mvc.perform(post("/api/budget-policies/" + unit + "/" + year + "/close").with(FIONA)).andExpect(status().isForbidden());
        putPolicy(unit, year + 1, policy, finance).andExpect(status().isOk());
        long leftOver = 300_000 + 120_000 + joined.allocated();
        mvc.perform(post("/api/budget-policies/" + unit + "/" + year + "/close").with(finance)).andExpect(status().isOk())
                .andExpect(jsonPath("$.accounts").value(3))
                .andExpect(jsonPath("$.expired.amount").value(BigDecimal.valueOf(leftOver, 2).toPlainString()));
        var nextYear = accounts.find(staff, year + 1).orElseThrow();
        assertThat(nextYear.account().allocated()).as("next year's allocation plus half of this year's 3,000.00").isEqualTo(450_000);
        assertThat(nextYear.account().ledger()).extracting(LedgerEntry::kind)
                .containsExactly(LedgerEntry.Kind.ALLOCATION, LedgerEntry.Kind.CARRY_OVER);
        assertThat(accounts.find(staff, year).orElseThrow().account().available()).isZero();

        mvc.perform(post("/api/budget-policies/" + unit + "/" + year + "/close").with(finance)).andExpect(status().isOk())
                .andExpect(jsonPath("$.expired.amount").value(BigDecimal.valueOf(leftOver, 2).toPlainString()));
        assertThat(accounts.find(staff, year + 1).orElseThrow().version()).as("closing again carries nothing twice")
                .isEqualTo(nextYear.version());
        for (String employee : List.of(early, staff, late)) {
            assertThat(accounts.find(employee, year).orElseThrow().account().ledgerBalances()).isTrue();
            assertThat(accounts.find(employee, year + 1).orElseThrow().account().ledgerBalances()).isTrue();
        }
    }

    @Test
    void concurrent_expenses_and_reservations_on_one_account_never_overspend_it_and_the_ledger_explains_every_figure()
            throws Exception {
        int year = 2035;
        putPolicy("ENG", year, policy("EUR", "2000.00", "5000.00", "RESTRICTIVE"), FIONA).andExpect(status().isOk());
        allocate("ENG", year);
        String base = "base-" + UUID.randomUUID();
        reservations.handle(signed(base, 100_000, year)); // 1,000.00 held, 1,000.00 available
        Caller fiona = Caller.of("fiona", List.of(Role.FINANCE), List.of("ENG"));

        List<Callable<Boolean>> work = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String invoice = "INV-" + i;
            // 40 × 40.00 = 1,600.00: 1,000.00 from the reservation, 600.00 beyond it from available
            work.add(() -> {
                try {
                    bookkeeping.spend("eng-01", year, new BudgetAccount.Expense(base, new Money(4_000, "EUR"), "Acme", invoice,
                            LocalDate.of(year, 3, 1), null), fiona);
                    return true;
                } catch (BudgetRuleException refused) {
                    return false;
                }
            });
            // 40 × 25.00 = 1,000.00 more asked of the same available
            String contract = "small-" + i + "-" + UUID.randomUUID();
            work.add(() -> {
                reservations.handle(signed(contract, 2_500, year));
                return true;
            });
        }
        int booked = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (Future<Boolean> done : pool.invokeAll(work)) {
                booked += done.get() ? 1 : 0;
            }
        }

        BudgetAccount account = accounts.find("eng-01", year).orElseThrow().account();
        long expenses = account.ledger().stream().filter(e -> e.kind() == LedgerEntry.Kind.SPEND).count();
        long smallReservations = account.reservations().stream().filter(r -> r.contractId().startsWith("small-")).count();
        assertThat(account.available()).as("restrictive: never below zero").isGreaterThanOrEqualTo(0);
        assertThat(account.ledgerBalances()).isTrue();
        assertThat(account.spent()).isEqualTo(expenses * 4_000);
        assertThat(expenses).as("every expense that was not refused is booked once").isEqualTo(booked - 40);
        assertThat(account.allocated()).isEqualTo(account.reserved() + account.spent() + account.available());
        assertThat(smallReservations * 2_500 + expenses * 4_000).as("what was granted fits the 2,000.00")
                .isLessThanOrEqualTo(200_000);
        assertThat(expenses + smallReservations).as("and most of it was granted").isGreaterThan(40);
    }

    private static EventEnvelope signed(String contractId, long costMinor, int year) {
        var signed = new ContractSigned(contractId, "eng-01", "mona", 1, new Money(costMinor, "EUR"), year, "ENG", Instant.EPOCH);
        return new EventEnvelope(UUID.randomUUID().toString(), EventCatalog.of(signed).type(),
                URI.create("/pactum/contract-service"), "eng-01", OffsetDateTime.now(ZoneOffset.UTC), signed);
    }

    private void joins(String employeeId, String unit, String jobRole) {
        TestTopics.publish(new EmployeeUpserted(employeeId, employeeId, employeeId + "@pactum.example", "en-GB",
                "Europe/Stockholm", unit, jobRole, null, true));
        await().atMost(DEADLINE).until(() -> workforce.find(employeeId).isPresent());
    }

    private double answers(String outcome) {
        Counter counter = meters.find("pactum.budget.reservations").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private BudgetAccount erin() {
        return accounts.find("erin", YEAR).orElseThrow().account();
    }

    private void sign(String contractId, String employeeId, long costMinor) {
        TestTopics.publish(new ContractSigned(contractId, employeeId, "mona", 1, new Money(costMinor, "EUR"), YEAR, "ENG",
                Instant.now()));
    }

    private static String expense(String contractId, String amount, String invoice) {
        return """
                {"fiscalYear":%d,"contractId":"%s","amount":{"amount":"%s","currency":"EUR"},"supplier":"Acme Learning",
                 "invoiceReference":"%s","date":"2032-03-01","activity":"SAA course"}""".formatted(YEAR, contractId, amount, invoice);
    }

    private static String adjustment(String amount, String reason) {
        return "{\"fiscalYear\":%d,\"amount\":{\"amount\":\"%s\",\"currency\":\"EUR\"},\"reason\":\"%s\"}"
                .formatted(YEAR, amount, reason);
    }

    private ResultActions json(MockHttpServletRequestBuilder request, String body)
            throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private void expectInvalid(String path, String body, String field) throws Exception {
        json(post(path).with(FIONA), body).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
    }

    private static <T extends BudgetEvent> List<T> budgetEvents(Class<T> type, String contractId) {
        return TestTopics.events(Topics.BUDGETS, type).stream().filter(e -> switch (e) {
            case BudgetReserved r -> r.contractId().equals(contractId);
            case BudgetReservationDeclined d -> d.contractId().equals(contractId);
            case BudgetReleased r -> r.contractId().equals(contractId);
            case BudgetSpent s -> s.contractId().equals(contractId);
            default -> false;
        }).toList();
    }
}
