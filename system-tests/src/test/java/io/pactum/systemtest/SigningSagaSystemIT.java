package io.pactum.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneOffset;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The heart of the product over HTTP against the running platform, as its users drive it: erin and mona
 * sign, budget-service reserves and the contract is ACTIVE; above her budget it ends FUNDING_DECLINED with
 * the reason; both survive a restart of the whole platform; a budget-service killed right after a signature
 * reserves exactly once when it is back.
 */
@ExtendWith(LocalPlatformExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SigningSagaSystemIT {

    private static final int YEAR = Year.now(ZoneOffset.UTC).getValue();
    private static String activeId;
    private static String declinedId;

    @Test
    @Order(1)
    void a_contract_signed_by_erin_and_mona_becomes_active_and_her_available_budget_drops_by_its_cost() {
        PactumClient erin = PactumClient.as("erin");
        long before = availableMinor(erin);

        activeId = proposeAndSign("AWS Solutions Architect", "400.00");

        awaitStatus(activeId, "ACTIVE");
        await().atMost(Duration.ofSeconds(30)).until(() -> availableMinor(erin) == before - 40_000);
    }

    @Test
    @Order(2)
    void a_contract_above_her_available_budget_ends_funding_declined_with_the_reason() {
        declinedId = proposeAndSign("Executive MBA", "99000.00");

        awaitStatus(declinedId, "FUNDING_DECLINED");
        JsonNode decision = PactumClient.as("erin").get(LocalPlatform.CONTRACTS, "/api/contracts/" + declinedId)
                .json().path("fundingDecision");
        assertThat(decision.path("reason").asString()).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(decision.path("message").asString()).contains("99,000.00 EUR");
        assertThat(decision.path("requested").path("amount").asString()).isEqualTo("99000.00");
    }

    @Test
    @Order(3)
    void malformed_requests_are_400_problems_naming_the_field_and_no_token_is_401() {
        PactumClient erin = PactumClient.as("erin");
        var malformed = erin.post(LocalPlatform.CONTRACTS, "/api/contracts", contract("", "100.00"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.json().path("errors").toString()).contains("\"field\":\"title\"");

        var badMoney = erin.post(LocalPlatform.CONTRACTS, "/api/contracts", contract("Kubernetes", "12.345"));
        assertThat(badMoney.status()).isEqualTo(400);
        assertThat(badMoney.json().path("errors").toString()).contains("activities[0].plannedCost.amount");

        assertThat(PactumClient.anonymous().post(LocalPlatform.CONTRACTS, "/api/contracts", contract("K", "1.00")).status())
                .isEqualTo(401);
        String id = erin.post(LocalPlatform.CONTRACTS, "/api/contracts", contract("Stale", "10.00")).expectStatus(201)
                .json().path("id").asString();
        erin.post(LocalPlatform.CONTRACTS, "/api/contracts/" + id + "/propose", "{}").expectStatus(200);
        assertThat(erin.post(LocalPlatform.CONTRACTS, "/api/contracts/" + id + "/sign", "{\"revision\":9}").status())
                .isEqualTo(409);
    }

    @Test
    @Order(4)
    void both_contracts_and_the_reservation_are_still_there_after_the_platform_restarts() {
        PactumClient erinBefore = PactumClient.as("erin");
        long available = availableMinor(erinBefore);

        LocalPlatformExtension.platform().restart();

        PactumClient erin = PactumClient.as("erin");
        assertThat(status(erin, activeId)).isEqualTo("ACTIVE");
        assertThat(status(erin, declinedId)).isEqualTo("FUNDING_DECLINED");
        assertThat(availableMinor(erin)).isEqualTo(available);
    }

    @Test
    @Order(5)
    void budget_service_killed_right_after_a_signature_reserves_exactly_once_when_back() {
        PactumClient erin = PactumClient.as("erin");
        PactumClient mona = PactumClient.as("mona");
        long before = availableMinor(erin);
        String id = erin.post(LocalPlatform.CONTRACTS, "/api/contracts", contract("Kafka Streams", "250.00"))
                .expectStatus(201).json().path("id").asString();
        erin.post(LocalPlatform.CONTRACTS, "/api/contracts/" + id + "/propose", "{}").expectStatus(200);
        erin.post(LocalPlatform.CONTRACTS, "/api/contracts/" + id + "/sign", "{\"revision\":1}").expectStatus(200);
        ProcessHandle budget = LocalPlatformExtension.platform().serviceProcess(LocalPlatform.BUDGETS).orElseThrow();

        mona.post(LocalPlatform.CONTRACTS, "/api/contracts/" + id + "/sign", "{\"revision\":1}").expectStatus(200);
        budget.destroyForcibly(); // SIGKILL, as kill -9

        awaitStatus(id, "ACTIVE");
        assertThat(budget.isAlive()).isFalse();
        assertThat(LocalPlatformExtension.platform().serviceProcess(LocalPlatform.BUDGETS)).get()
                .extracting(ProcessHandle::pid).isNotEqualTo(budget.pid());
        await().atMost(Duration.ofSeconds(30)).until(() -> availableMinor(erin) == before - 25_000);
        JsonNode ledger = erin.get(LocalPlatform.BUDGETS, "/api/budgets/erin/ledger?fiscalYear=" + YEAR).expectStatus(200).json();
        long reservations = 0;
        for (JsonNode entry : ledger) {
            if (id.equals(entry.path("contractId").asString()) && "RESERVATION".equals(entry.path("kind").asString())) {
                reservations++;
            }
        }
        assertThat(reservations).isEqualTo(1);
    }

    private static String proposeAndSign(String title, String cost) {
        PactumClient erin = PactumClient.as("erin");
        PactumClient mona = PactumClient.as("mona");
        var created = erin.post(LocalPlatform.CONTRACTS, "/api/contracts", contract(title, cost)).expectStatus(201).json();
        assertThat(created.path("status").asString()).isEqualTo("DRAFT");
        assertThat(created.path("revision").asInt()).isEqualTo(1);
        String id = created.path("id").asString();
        erin.post(LocalPlatform.CONTRACTS, "/api/contracts/" + id + "/propose", "{}").expectStatus(200);
        erin.post(LocalPlatform.CONTRACTS, "/api/contracts/" + id + "/sign", "{\"revision\":1}").expectStatus(200);
        mona.post(LocalPlatform.CONTRACTS, "/api/contracts/" + id + "/sign", "{\"revision\":1}").expectStatus(200);
        return id;
    }

    private static void awaitStatus(String id, String expected) {
        PactumClient erin = PactumClient.as("erin");
        await().atMost(Duration.ofSeconds(90)).until(() -> expected.equals(status(erin, id)));
    }

    private static String status(PactumClient client, String id) {
        return client.get(LocalPlatform.CONTRACTS, "/api/contracts/" + id).json().path("status").asString();
    }

    private static long availableMinor(PactumClient client) {
        JsonNode budget = client.get(LocalPlatform.BUDGETS, "/api/budgets/erin?fiscalYear=" + YEAR).expectStatus(200).json();
        return new BigDecimal(budget.path("available").path("amount").asString()).movePointRight(2).longValueExact();
    }

    private static String contract(String title, String cost) {
        return """
                {"employeeId":"erin","title":"%s","purpose":"Cloud migration strategy","fiscalYear":%d,
                 "objectives":[{"description":"Design resilient AWS architectures","competencyId":"cloud-architecture","targetLevel":3}],
                 "activities":[{"type":"ONLINE_COURSE","title":"SAA course","provider":"Acme Learning",
                   "plannedCost":{"amount":"%s","currency":"EUR"},"start":"%d-12-01","end":"%d-12-31"}],
                 "milestones":[{"title":"Course finished","dueDate":"%d-12-31"}],
                 "assessment":{"method":"CERTIFICATION_EXAM","criteria":"Pass SAA-C03"},"checkInEveryDays":14}
                """.formatted(title, YEAR, cost, YEAR, YEAR, YEAR);
    }
}
