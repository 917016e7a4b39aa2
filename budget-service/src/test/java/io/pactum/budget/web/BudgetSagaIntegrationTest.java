package io.pactum.budget.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pactum.budget.application.BudgetAccounts;
import io.pactum.budget.application.Reservations;
import io.pactum.budget.domain.BudgetAccount;
import io.pactum.budget.domain.LedgerEntry;
import io.pactum.chassis.security.Role;
import io.pactum.chassis.testing.TestInfrastructure;
import io.pactum.chassis.testing.TestTokens;
import io.pactum.chassis.testing.TestTopics;
import io.pactum.chassis.workforce.WorkforceDirectory;
import io.pactum.events.Money;
import io.pactum.events.Topics;
import io.pactum.events.budget.BudgetReservationDeclined;
import io.pactum.events.budget.BudgetReserved;
import io.pactum.events.contract.ContractSigned;
import io.pactum.events.workforce.EmployeeUpserted;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * budget-service's side of the signing saga against the real in-process broker and MongoDB-wire store:
 * policies and allocation, reservations in one conditional write, declines with the reason, redelivery
 * that changes nothing, and concurrent reservations that never overspend.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BudgetSagaIntegrationTest {

    private static final RequestPostProcessor FIONA = TestTokens.as("fiona", Role.FINANCE, "ENG", "SALES");
    private static final RequestPostProcessor ERIN = TestTokens.as("erin", Role.EMPLOYEE, "ENG");
    private static final RequestPostProcessor SAM = TestTokens.as("sam", Role.EMPLOYEE, "SALES");
    private static final String POLICY = """
            {"currency":"EUR","defaultAllocation":{"amount":"2000.00","currency":"EUR"},
             "approvalThreshold":{"amount":"5000.00","currency":"EUR"},"mode":"RESTRICTIVE"}""";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @BeforeAll
    static void directory() {
        for (String id : List.of("erin", "eng-01", "eng-02", "load-01")) {
            TestTopics.publish(new EmployeeUpserted(id, id, id + "@pactum.example", "en-GB", "Europe/Stockholm", "ENG",
                    "Software Engineer", "mona", true));
        }
        TestTopics.publish(new EmployeeUpserted("sam", "Sam", "sam@pactum.example", "en-GB", "Europe/London", "SALES",
                "Account Executive", "sven", true));
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    WorkforceDirectory workforce;
    @Autowired
    BudgetAccounts accounts;
    @Autowired
    Reservations reservations;

    @Test
    void a_signed_contract_within_budget_is_reserved_once_and_one_above_it_is_declined_with_the_reason() throws Exception {
        allocateEng();
        mvc.perform(get("/api/budgets/erin?fiscalYear=2026").with(ERIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.allocated.amount").value("2000.00"))
                .andExpect(jsonPath("$.available.amount").value("2000.00"));

        String signedId = TestTopics.publish(signed("c-ok", "erin", 40_000));
        await().atMost(Duration.ofSeconds(60)).until(() -> reservedEvents("c-ok").size() == 1);
        mvc.perform(get("/api/budgets/erin?fiscalYear=2026").with(ERIN))
                .andExpect(jsonPath("$.reserved.amount").value("400.00"))
                .andExpect(jsonPath("$.available.amount").value("1600.00"));

        TestTopics.publish(signed("c-big", "erin", 250_000));
        await().atMost(Duration.ofSeconds(60)).until(() -> declinedEvents("c-big").size() == 1);
        BudgetReservationDeclined declined = declinedEvents("c-big").getFirst();
        assertThat(declined.reason()).isEqualTo(BudgetAccount.INSUFFICIENT_FUNDS);
        assertThat(declined.available()).isEqualTo(new Money(160_000, "EUR"));
        assertThat(declined.requested()).isEqualTo(new Money(250_000, "EUR"));

        // redeliver the first signature; a marker after it shows it was handled, and nothing changed
        var before = accounts.find("erin", 2026).orElseThrow();
        TestTopics.publish(signedId, signed("c-ok", "erin", 40_000));
        String markerId = TestTopics.publish(signed("c-marker", "erin", 100));
        await().atMost(Duration.ofSeconds(60)).until(() ->
                accounts.find("erin", 2026).orElseThrow().appliedEventIds().contains(markerId));
        var after = accounts.find("erin", 2026).orElseThrow().account();
        assertThat(after.reserved()).isEqualTo(before.account().reserved() + 100);
        assertThat(after.ledger()).hasSize(before.account().ledger().size() + 1);
        assertThat(reservedEvents("c-ok")).hasSize(1);
        assertThat(after.ledgerBalances()).isTrue();
    }

    @Test
    void a_contract_of_someone_without_a_budget_is_declined_once() throws Exception {
        String id = UUID.randomUUID().toString();
        String eventId = TestTopics.publish(signed(id, "ghost", 1_000));
        await().atMost(Duration.ofSeconds(60)).until(() -> declinedEvents(id).size() == 1);
        assertThat(declinedEvents(id).getFirst().reason()).isEqualTo(BudgetAccount.NO_BUDGET_ACCOUNT);
        TestTopics.publish(eventId, signed(id, "ghost", 1_000));
        String marker = UUID.randomUUID().toString();
        TestTopics.publish(signed(marker, "ghost", 1_000));
        await().atMost(Duration.ofSeconds(60)).until(() -> declinedEvents(marker).size() == 1);
        assertThat(declinedEvents(id)).hasSize(1);
    }

    @Test
    void two_hundred_concurrent_reservations_never_overspend() throws Exception {
        allocateEng();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String contract = "load-" + i;
                futures.add(pool.submit(() -> reservations.reserve(UUID.randomUUID().toString(), signed(contract, "load-01", 1_500))));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        }
        BudgetAccount account = accounts.find("load-01", 2026).orElseThrow().account();
        assertThat(account.reserved()).isEqualTo(133 * 1_500);
        assertThat(account.available()).isEqualTo(200_000 - 133 * 1_500).isNotNegative();
        assertThat(account.ledger()).filteredOn(e -> e.kind() == LedgerEntry.Kind.RESERVATION).hasSize(133);
        assertThat(account.ledgerBalances()).isTrue();
    }

    @Test
    void bad_input_and_access_rules_are_problems() throws Exception {
        allocateEng();
        mvc.perform(put("/api/budget-policies/ENG/2026").with(FIONA).contentType(MediaType.APPLICATION_JSON)
                        .content(POLICY.replace("\"2000.00\"", "\"20.001\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("defaultAllocation.amount")));
        mvc.perform(put("/api/budget-policies/ENG/2026").with(FIONA).contentType(MediaType.APPLICATION_JSON)
                        .content(POLICY.replace("\"mode\"", "\"colour\":1,\"mode\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("colour")));
        mvc.perform(put("/api/budget-policies/ENG/2026").with(ERIN).contentType(MediaType.APPLICATION_JSON).content(POLICY))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/budgets/erin?fiscalYear=2026").with(SAM)).andExpect(status().isNotFound());
        mvc.perform(get("/api/budgets/erin?fiscalYear=2026")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/budgets/erin").with(ERIN)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fiscalYear"));
        mvc.perform(get("/api/budgets/erin/ledger?fiscalYear=2026").with(FIONA)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("ALLOCATION"));
    }

    private void allocateEng() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> workforce.activeIn("ENG").size() >= 4);
        mvc.perform(put("/api/budget-policies/ENG/2026").with(FIONA).contentType(MediaType.APPLICATION_JSON).content(POLICY))
                .andExpect(status().isOk()).andExpect(jsonPath("$.defaultAllocation.amount").value("2000.00"));
        mvc.perform(post("/api/budget-policies/ENG/2026/allocate").with(FIONA)).andExpect(status().isOk())
                .andExpect(jsonPath("$.accounts").value(4));
    }

    private static ContractSigned signed(String contractId, String employee, long costMinor) {
        return new ContractSigned(contractId, employee, "mona", 1, new Money(costMinor, "EUR"), 2026, "ENG",
                Instant.parse("2026-11-23T10:00:00Z"));
    }

    private static List<BudgetReserved> reservedEvents(String contractId) {
        return TestTopics.events(Topics.BUDGETS, BudgetReserved.class).stream()
                .filter(e -> e.contractId().equals(contractId)).toList();
    }

    private static List<BudgetReservationDeclined> declinedEvents(String contractId) {
        return TestTopics.events(Topics.BUDGETS, BudgetReservationDeclined.class).stream()
                .filter(e -> e.contractId().equals(contractId)).toList();
    }
}
