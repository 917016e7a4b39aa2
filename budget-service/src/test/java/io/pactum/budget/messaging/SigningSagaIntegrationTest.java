package io.pactum.budget.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pactum.budget.BudgetServiceIntegrationTest;
import io.pactum.budget.application.BudgetAccounts;
import io.pactum.budget.application.Reservations;
import io.pactum.budget.domain.BudgetAccount;
import io.pactum.budget.domain.LedgerEntry;
import io.pactum.chassis.testing.TestTopics;
import io.pactum.events.EventCatalog;
import io.pactum.events.EventEnvelope;
import io.pactum.events.Money;
import io.pactum.events.Topics;
import io.pactum.events.budget.BudgetAllocated;
import io.pactum.events.budget.BudgetEvent;
import io.pactum.events.budget.BudgetReservationDeclined;
import io.pactum.events.budget.BudgetReservationPendingApproval;
import io.pactum.events.budget.BudgetReserved;
import io.pactum.events.contract.ContractSigned;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * budget-service's side of the signing saga, driven by ContractSigned on {@code pactum.contracts} as
 * contract-service publishes it, answered on {@code pactum.budgets}.
 */
class SigningSagaIntegrationTest extends BudgetServiceIntegrationTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @Autowired
    BudgetAccounts accounts;
    @Autowired
    Reservations reservations;

    /** Every ContractSigned this test published, by event id, to deliver them all again. */
    private final Map<String, ContractSigned> published = new LinkedHashMap<>();

    @Test
    void signed_contracts_are_reserved_declined_or_sent_for_approval_once_and_redelivery_changes_nothing() throws Exception {
        putPolicy("ENG", 2026, policy("EUR", "2000.00", "5000.00", "RESTRICTIVE"), FIONA).andExpect(status().isOk());
        putPolicy("SALES", 2026, policy("EUR", "1000.00", "500.00", "INDICATIVE"), FIONA).andExpect(status().isOk());
        allocate("ENG", 2026).andExpect(jsonPath("$.allocated").value(3)).andExpect(jsonPath("$.accounts").value(3));
        allocate("ENG", 2026).andExpect(jsonPath("$.allocated").value(0)).andExpect(jsonPath("$.accounts").value(3));
        allocate("SALES", 2026).andExpect(jsonPath("$.allocated").value(1));
        assertThat(accounts.find("eng-left", 2026)).as("inactive employees get no budget").isEmpty();
        await().atMost(DEADLINE).until(() -> budgetEvents(BudgetAllocated.class,
                e -> e.fiscalYear() == 2026 && List.of("ENG", "SALES").contains(e.businessUnit())).size() == 4);
        assertThat(budgetEvents(BudgetAllocated.class, e -> e.employeeId().equals("erin") && e.fiscalYear() == 2026))
                .singleElement().extracting(BudgetAllocated::amount).isEqualTo(eur(200_000));

        // within budget: reserved once, available drops by the cost
        sign("c-ok", "erin", 1, eur(40_000));
        await().atMost(DEADLINE).until(() -> reserved("c-ok").size() == 1);
        assertThat(reserved("c-ok").getFirst()).isEqualTo(new BudgetReserved("c-ok", "erin", 1, 2026, eur(40_000), eur(160_000)));
        mvc.perform(get("/api/budgets/erin?fiscalYear=2026").with(ERIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.allocated.amount").value("2000.00"))
                .andExpect(jsonPath("$.reserved.amount").value("400.00"))
                .andExpect(jsonPath("$.spent.amount").value("0.00"))
                .andExpect(jsonPath("$.available.amount").value("1600.00"))
                .andExpect(jsonPath("$.available.currency").value("EUR"));

        // above what is available: declined with the figures, no ledger entry
        sign("c-big", "erin", 1, eur(250_000));
        await().atMost(DEADLINE).until(() -> declined("c-big").size() == 1);
        BudgetReservationDeclined big = declined("c-big").getFirst();
        assertThat(big.reason()).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(big.message()).isEqualTo("Requested 2,500.00 EUR but only 1,600.00 EUR is available.");
        assertThat(big.available()).isEqualTo(eur(160_000));
        assertThat(big.requested()).isEqualTo(eur(250_000));
        assertThat(account("erin").ledger()).hasSize(2);
        assertThat(account("erin").reserved()).isEqualTo(40_000);

        // nobody's budget, and the wrong currency
        sign("c-ghost", "ghost", 1, eur(1_000));
        sign("c-sek", "eng-01", 1, new Money(1_000, "SEK"));
        await().atMost(DEADLINE).until(() -> declined("c-ghost").size() == 1 && declined("c-sek").size() == 1);
        assertThat(declined("c-ghost").getFirst().reason()).isEqualTo("NO_BUDGET_ACCOUNT");
        assertThat(declined("c-sek").getFirst().reason()).isEqualTo("CURRENCY_MISMATCH");
        assertThat(account("eng-01").ledger()).hasSize(1);

        // amended and signed again: the reservation moves to the new cost in one write
        sign("c-ok", "erin", 2, eur(60_000));
        await().atMost(DEADLINE).until(() -> reserved("c-ok").size() == 2);
        assertThat(reserved("c-ok").getLast()).isEqualTo(new BudgetReserved("c-ok", "erin", 2, 2026, eur(60_000), eur(140_000)));
        BudgetAccount erin = account("erin");
        assertThat(erin.reserved()).isEqualTo(60_000);
        assertThat(erin.ledger()).extracting(LedgerEntry::kind).containsExactly(LedgerEntry.Kind.ALLOCATION,
                LedgerEntry.Kind.RESERVATION, LedgerEntry.Kind.RELEASE, LedgerEntry.Kind.RESERVATION);
        assertThat(erin.ledgerBalances()).isTrue();
        mvc.perform(get("/api/budgets/erin/ledger?fiscalYear=2026").with(ERIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(4))
                .andExpect(jsonPath("$[0].kind").value("ALLOCATION"))
                .andExpect(jsonPath("$[0].amount.amount").value("2000.00"))
                .andExpect(jsonPath("$[2].kind").value("RELEASE"))
                .andExpect(jsonPath("$[2].amount.amount").value("400.00"))
                .andExpect(jsonPath("$[2].revision").value(1))
                .andExpect(jsonPath("$[3].kind").value("RESERVATION"))
                .andExpect(jsonPath("$[3].contractId").value("c-ok"))
                .andExpect(jsonPath("$[3].amount.amount").value("600.00"));

        // above the approval threshold of an indicative unit: waits for approval, nothing held
        sign("c-mba", "sam", 1, eur(80_000));
        await().atMost(DEADLINE).until(() -> pendingApproval("c-mba").size() == 1);
        assertThat(pendingApproval("c-mba").getFirst().threshold()).isEqualTo(eur(50_000));
        assertThat(account("sam").reserved()).isZero();

        // every ContractSigned delivered again with the same id: nothing changes, nothing is published
        awaitOutboxEmpty();
        Map<String, Snapshot> before = snapshots("erin", "eng-01", "eng-02", "sam");
        int publishedBefore = TestTopics.events(Topics.BUDGETS).size();
        published.forEach(TestTopics::publish);
        String marker = "c-marker-" + UUID.randomUUID();
        sign(marker, "ghost", 1, eur(100)); // handled after the redeliveries: one partition, in order
        await().atMost(DEADLINE).until(() -> declined(marker).size() == 1);
        assertThat(snapshots("erin", "eng-01", "eng-02", "sam")).isEqualTo(before);
        awaitOutboxEmpty();
        assertThat(TestTopics.events(Topics.BUDGETS)).as("only the marker's answer is new").hasSize(publishedBefore + 1);
        for (String id : List.of("erin", "eng-01", "eng-02", "sam")) {
            assertThat(account(id).ledgerBalances()).as(id).isTrue();
        }
    }

    @Test
    void two_hundred_concurrent_reservations_never_overspend_a_restrictive_account() throws Exception {
        putPolicy("ENG", 2027, policy("EUR", "2000.00", "5000.00", "RESTRICTIVE"), FIONA).andExpect(status().isOk());
        allocate("ENG", 2027);
        List<Future<?>> handled = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < 200; i++) {
                var signed = new ContractSigned("load-" + i, "eng-02", "mona", 1, eur(1_500), 2027, "ENG", Instant.EPOCH);
                var envelope = new EventEnvelope(UUID.randomUUID().toString(), EventCatalog.of(signed).type(),
                        URI.create("/pactum/contract-service"), "eng-02", OffsetDateTime.now(ZoneOffset.UTC), signed);
                handled.add(pool.submit(() -> reservations.handle(envelope))); // what the consumer calls
            }
            for (Future<?> each : handled) {
                each.get();
            }
        }
        var stored = accounts.find("eng-02", 2027).orElseThrow();
        BudgetAccount account = stored.account();
        assertThat(account.reserved()).isEqualTo(133 * 1_500).isLessThanOrEqualTo(account.allocated());
        assertThat(account.available()).isEqualTo(500);
        assertThat(account.ledger()).filteredOn(e -> e.kind() == LedgerEntry.Kind.RESERVATION).hasSize(133);
        assertThat(account.reservations()).hasSize(133);
        assertThat(account.ledgerBalances()).isTrue();
        assertThat(stored.appliedEventIds()).as("every contract answered, declined ones too").hasSize(200);
        await().atMost(DEADLINE).until(() -> budgetEvents(BudgetReserved.class, e -> e.fiscalYear() == 2027).size() == 133
                && budgetEvents(BudgetReservationDeclined.class, e -> e.fiscalYear() == 2027).size() == 67);
        assertThat(budgetEvents(BudgetReserved.class, e -> e.fiscalYear() == 2027)).extracting(e -> e.available().amountMinor())
                .as("each reservation's available-after is exact").doesNotHaveDuplicates().allMatch(a -> a >= 500);
    }

    private void sign(String contractId, String employeeId, int revision, Money cost) {
        var signed = new ContractSigned(contractId, employeeId, "mona", revision, cost, 2026,
                employeeId.equals("sam") ? "SALES" : "ENG", Instant.parse("2026-11-23T10:00:00Z"));
        published.put(TestTopics.publish(signed), signed);
    }

    private BudgetAccount account(String employeeId) {
        return accounts.find(employeeId, 2026).orElseThrow().account();
    }

    /** What must not change on redelivery. */
    record Snapshot(long allocated, long reserved, long spent, long available, int ledgerSize, long version) {
    }

    private Map<String, Snapshot> snapshots(String... employeeIds) {
        Map<String, Snapshot> snapshots = new LinkedHashMap<>();
        for (String id : employeeIds) {
            var stored = accounts.find(id, 2026).orElseThrow();
            BudgetAccount a = stored.account();
            snapshots.put(id, new Snapshot(a.allocated(), a.reserved(), a.spent(), a.available(), a.ledger().size(),
                    stored.version()));
        }
        return snapshots;
    }

    private static Money eur(long minor) {
        return new Money(minor, "EUR");
    }

    private static <T extends BudgetEvent> List<T> budgetEvents(Class<T> type, Predicate<T> which) {
        return TestTopics.events(Topics.BUDGETS, type).stream().filter(which).toList();
    }

    private static List<BudgetReserved> reserved(String contractId) {
        return budgetEvents(BudgetReserved.class, e -> e.contractId().equals(contractId));
    }

    private static List<BudgetReservationDeclined> declined(String contractId) {
        return budgetEvents(BudgetReservationDeclined.class, e -> e.contractId().equals(contractId));
    }

    private static List<BudgetReservationPendingApproval> pendingApproval(String contractId) {
        return budgetEvents(BudgetReservationPendingApproval.class, e -> e.contractId().equals(contractId));
    }
}
