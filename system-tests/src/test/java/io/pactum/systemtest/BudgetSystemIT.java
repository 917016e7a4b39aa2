package io.pactum.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The saga's third outcome and what follows it, over HTTP against the running platform: above the approval
 * threshold a contract waits for lars (LD_ADMIN); approved it becomes ACTIVE, declined it ends
 * FUNDING_DECLINED with APPROVAL_DECLINED; fiona books an expense on the active one; cancelling it gives the
 * rest back to the budget. Works with eng-03 (mona's report) so that erin's figures stay the other test's.
 */
@ExtendWith(LocalPlatformExtension.class)
class BudgetSystemIT {

    private static final int YEAR = Year.now(ZoneOffset.UTC).getValue();
    private static final String EMPLOYEE = "eng-03";
    private static final Duration DEADLINE = Duration.ofSeconds(90);

    @Test
    void above_the_threshold_lars_approves_or_declines_and_a_cancelled_contract_gives_back_what_it_did_not_spend() {
        PactumClient employee = PactumClient.as(EMPLOYEE);
        PactumClient fiona = PactumClient.as("fiona");
        PactumClient lars = PactumClient.as("lars");
        fiona.post(LocalPlatform.BUDGETS, "/api/budgets/" + EMPLOYEE + "/adjustments", """
                {"fiscalYear":%d,"amount":{"amount":"12000.00","currency":"EUR"},"reason":"Certification path"}"""
                .formatted(YEAR)).expectStatus(201);
        long before = availableMinor(employee);

        String approved = proposeAndSign("Kubernetes certification path", "6000.00");
        awaitStatus(approved, "FUNDING_PENDING_APPROVAL");
        assertThat(pendingApprovalIds(lars)).contains(approved + ":1");
        assertThat(pendingApprovalIds(fiona)).as("only LD_ADMIN decides").isEmpty();
        JsonNode decided = lars.post(LocalPlatform.BUDGETS, "/api/budget-approvals/" + approved + ":1/approve", "{}")
                .expectStatus(200).json();
        assertThat(decided.path("status").asString()).isEqualTo("APPROVED");
        awaitStatus(approved, "ACTIVE");
        assertThat(availableMinor(employee)).isEqualTo(before - 600_000);

        String declined = proposeAndSign("Leadership programme", "5500.00");
        awaitStatus(declined, "FUNDING_PENDING_APPROVAL");
        lars.post(LocalPlatform.BUDGETS, "/api/budget-approvals/" + declined + ":1/decline",
                "{\"reason\":\"Not before the certification is done\"}").expectStatus(200);
        awaitStatus(declined, "FUNDING_DECLINED");
        JsonNode decision = employee.get(LocalPlatform.CONTRACTS, "/api/contracts/" + declined).json().path("fundingDecision");
        assertThat(decision.path("reason").asString()).isEqualTo("APPROVAL_DECLINED");
        assertThat(decision.path("message").asString()).isEqualTo("Declined by lars: Not before the certification is done");

        fiona.post(LocalPlatform.BUDGETS, "/api/budgets/" + EMPLOYEE + "/expenses", """
                {"fiscalYear":%d,"contractId":"%s","amount":{"amount":"1000.00","currency":"EUR"},"supplier":"Linux Foundation",
                 "invoiceReference":"LF-%s","date":"%d-06-01","activity":"CKA exam"}""".formatted(YEAR, approved, approved, YEAR))
                .expectStatus(201);
        employee.post(LocalPlatform.CONTRACTS, "/api/contracts/" + approved + "/cancel", "{\"reason\":\"Changed teams\"}")
                .expectStatus(200);
        await().atMost(DEADLINE).until(() -> availableMinor(employee) == before - 100_000);

        JsonNode budget = employee.get(LocalPlatform.BUDGETS, "/api/budgets/" + EMPLOYEE + "?fiscalYear=" + YEAR).json();
        assertThat(budget.path("spent").path("amount").asString()).isEqualTo("1000.00");
        List<String> kinds = new ArrayList<>();
        for (JsonNode entry : employee.get(LocalPlatform.BUDGETS, "/api/budgets/" + EMPLOYEE + "/ledger?fiscalYear=" + YEAR).json()) {
            if (approved.equals(entry.path("contractId").asString())) {
                kinds.add(entry.path("kind").asString() + " " + entry.path("amount").path("amount").asString());
            }
        }
        assertThat(kinds).containsExactly("RESERVATION 6000.00", "RELEASE 1000.00", "SPEND 1000.00", "RELEASE 5000.00");
    }

    private static List<String> pendingApprovalIds(PactumClient client) {
        List<String> ids = new ArrayList<>();
        client.get(LocalPlatform.BUDGETS, "/api/budget-approvals").expectStatus(200).json().forEach(a -> ids.add(a.path("id").asString()));
        return ids;
    }

    private static String proposeAndSign(String title, String cost) {
        PactumClient employee = PactumClient.as(EMPLOYEE);
        PactumClient mona = PactumClient.as("mona");
        String id = employee.post(LocalPlatform.CONTRACTS, "/api/contracts", contract(title, cost)).expectStatus(201)
                .json().path("id").asString();
        employee.post(LocalPlatform.CONTRACTS, "/api/contracts/" + id + "/propose", "{}").expectStatus(200);
        employee.post(LocalPlatform.CONTRACTS, "/api/contracts/" + id + "/sign", "{\"revision\":1}").expectStatus(200);
        mona.post(LocalPlatform.CONTRACTS, "/api/contracts/" + id + "/sign", "{\"revision\":1}").expectStatus(200);
        return id;
    }

    private static void awaitStatus(String id, String expected) {
        PactumClient employee = PactumClient.as(EMPLOYEE);
        await().atMost(DEADLINE).until(() -> expected.equals(
                employee.get(LocalPlatform.CONTRACTS, "/api/contracts/" + id).json().path("status").asString()));
    }

    private static long availableMinor(PactumClient client) {
        JsonNode budget = client.get(LocalPlatform.BUDGETS, "/api/budgets/" + EMPLOYEE + "?fiscalYear=" + YEAR).expectStatus(200).json();
        return new BigDecimal(budget.path("available").path("amount").asString()).movePointRight(2).longValueExact();
    }

    private static String contract(String title, String cost) {
        return """
                {"employeeId":"%s","title":"%s","purpose":"Platform team growth","fiscalYear":%d,
                 "objectives":[{"description":"Run production Kubernetes","competencyId":"cloud-architecture","targetLevel":3}],
                 "activities":[{"type":"CERTIFICATION","title":"CKA","provider":"Linux Foundation",
                   "plannedCost":{"amount":"%s","currency":"EUR"},"start":"%d-12-01","end":"%d-12-31"}],
                 "milestones":[{"title":"Exam passed","dueDate":"%d-12-31"}],
                 "assessment":{"method":"CERTIFICATION_EXAM","criteria":"Pass the CKA"},"checkInEveryDays":14}
                """.formatted(EMPLOYEE, title, YEAR, cost, YEAR, YEAR, YEAR);
    }
}
