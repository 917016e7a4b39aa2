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
 * A learning contract's whole life over HTTP against the running platform, as eng-08 and mona live it:
 * proposed, amended by mona (a new revision, signatures cleared), a stale signature refused, signed by both
 * and ACTIVE; a milestone whose date has passed reported missed by the deadline scan; a check-in, a milestone
 * completed with evidence, the assessment ACHIEVED → COMPLETED and budget-service releasing what was not spent;
 * the audit trail of it all. A second contract is cancelled.
 */
@ExtendWith(LocalPlatformExtension.class)
class ContractLifecycleSystemIT {

    private static final int YEAR = Year.now(ZoneOffset.UTC).getValue();
    private static final String EMPLOYEE = "eng-08";
    private static final Duration DEADLINE = Duration.ofSeconds(120);

    @Test
    void propose_amend_re_sign_activate_miss_a_milestone_check_in_complete_with_assessment_and_cancel_another() {
        PactumClient employee = PactumClient.as(EMPLOYEE);
        PactumClient mona = PactumClient.as("mona");
        long before = availableMinor(employee);

        String id = employee.post(LocalPlatform.CONTRACTS, "/api/contracts", contract("300.00")).expectStatus(201)
                .json().path("id").asString();
        employee.post(LocalPlatform.CONTRACTS, "/api/contracts/" + id + "/propose", "{}").expectStatus(200);
        employee.post(LocalPlatform.CONTRACTS, "/api/contracts/" + id + "/sign", "{\"revision\":1}").expectStatus(200);

        // mona amends the price: revision 2, what changed named, both signatures needed again
        JsonNode amended = put(mona, "/api/contracts/" + id, contract("350.00"));
        assertThat(amended.path("revision").asInt()).isEqualTo(2);
        assertThat(amended.path("signatures").size()).isZero();
        JsonNode revisions = employee.get(LocalPlatform.CONTRACTS, "/api/contracts/" + id + "/revisions").expectStatus(200).json();
        assertThat(revisions.get(1).path("changedFields").toString()).contains("activities[0].plannedCost");
        assertThat(employee.post(LocalPlatform.CONTRACTS, "/api/contracts/" + id + "/sign", "{\"revision\":1}").status())
                .as("a stale revision").isEqualTo(409);
        employee.post(LocalPlatform.CONTRACTS, "/api/contracts/" + id + "/sign", "{\"revision\":2}").expectStatus(200);
        mona.post(LocalPlatform.CONTRACTS, "/api/contracts/" + id + "/sign", "{\"revision\":2}").expectStatus(200);
        awaitStatus(id, "ACTIVE");
        assertThat(availableMinor(employee)).isEqualTo(before - 35_000);

        // the first milestone was due in February: the scan reports it missed
        JsonNode active = contract(employee, id);
        String missed = active.path("milestones").get(0).path("id").asString();
        String later = active.path("milestones").get(1).path("id").asString();
        await().atMost(DEADLINE).until(() -> contract(employee, id).path("progress").path("missedMilestones").toString()
                .contains(missed));
        assertThat(contract(employee, id).path("progress").path("atRisk").asBoolean()).isTrue();

        employee.post(LocalPlatform.CONTRACTS, "/api/contracts/" + id + "/check-ins",
                "{\"progress\":3,\"notes\":\"Half of the course done\",\"agreedActions\":[\"Book the exam\"]}").expectStatus(200);
        employee.post(LocalPlatform.CONTRACTS, "/api/contracts/" + id + "/milestones/" + later + "/complete",
                "{\"evidence\":\"Certificate SAA-C03\",\"link\":\"https://example.com/cert/123\"}").expectStatus(200);
        assertThat(employee.post(LocalPlatform.CONTRACTS, "/api/contracts/" + id + "/assessment",
                "{\"outcome\":\"ACHIEVED\",\"objectiveResults\":[{\"competencyId\":\"cloud-architecture\",\"achievedLevel\":3}]}")
                .status()).as("the employee does not assess their own contract").isEqualTo(403);
        JsonNode completed = mona.post(LocalPlatform.CONTRACTS, "/api/contracts/" + id + "/assessment",
                "{\"outcome\":\"ACHIEVED\",\"objectiveResults\":[{\"competencyId\":\"cloud-architecture\",\"achievedLevel\":3}],"
                        + "\"notes\":\"Designs our landing zone now\"}").expectStatus(200).json();
        assertThat(completed.path("status").asString()).isEqualTo("COMPLETED");
        await().atMost(DEADLINE).until(() -> availableMinor(employee) == before);

        List<String> actions = new ArrayList<>();
        mona.get(LocalPlatform.CONTRACTS, "/api/contracts/" + id + "/audit").expectStatus(200).json()
                .forEach(entry -> actions.add(entry.path("actor").asString() + " " + entry.path("action").asString()));
        assertThat(actions).hasSizeGreaterThanOrEqualTo(9).anyMatch(a -> a.startsWith("mona ")).anyMatch(a -> a.startsWith(EMPLOYEE + " "));

        // another one, called off after proposing
        String other = employee.post(LocalPlatform.CONTRACTS, "/api/contracts", contract("120.00")).expectStatus(201)
                .json().path("id").asString();
        employee.post(LocalPlatform.CONTRACTS, "/api/contracts/" + other + "/propose", "{}").expectStatus(200);
        assertThat(mona.post(LocalPlatform.CONTRACTS, "/api/contracts/" + other + "/cancel", "{\"reason\":\"\"}").status())
                .isEqualTo(400);
        mona.post(LocalPlatform.CONTRACTS, "/api/contracts/" + other + "/cancel", "{\"reason\":\"Priorities moved\"}").expectStatus(200);
        assertThat(contract(employee, other).path("status").asString()).isEqualTo("CANCELLED");
        assertThat(employee.post(LocalPlatform.CONTRACTS, "/api/contracts/" + other + "/sign", "{\"revision\":1}").status())
                .as("acting on a closed contract").isEqualTo(409);
    }

    private static JsonNode put(PactumClient client, String path, String json) {
        return client.put(LocalPlatform.CONTRACTS, path, json).expectStatus(200).json();
    }

    private static JsonNode contract(PactumClient client, String id) {
        return client.get(LocalPlatform.CONTRACTS, "/api/contracts/" + id).expectStatus(200).json();
    }

    private static void awaitStatus(String id, String expected) {
        PactumClient employee = PactumClient.as(EMPLOYEE);
        await().atMost(DEADLINE).until(() -> expected.equals(contract(employee, id).path("status").asString()));
    }

    private static long availableMinor(PactumClient client) {
        JsonNode budget = client.get(LocalPlatform.BUDGETS, "/api/budgets/" + EMPLOYEE + "?fiscalYear=" + YEAR).expectStatus(200).json();
        return new BigDecimal(budget.path("available").path("amount").asString()).movePointRight(2).longValueExact();
    }

    private static String contract(String cost) {
        return """
                {"employeeId":"%s","title":"AWS Solutions Architect","purpose":"Cloud migration strategy","fiscalYear":%d,
                 "objectives":[{"description":"Design resilient AWS architectures","competencyId":"cloud-architecture","targetLevel":3}],
                 "activities":[{"type":"ONLINE_COURSE","title":"SAA course","provider":"Acme Learning",
                   "plannedCost":{"amount":"%s","currency":"EUR"},"start":"%d-01-10","end":"%d-12-20"}],
                 "milestones":[{"title":"Course finished","dueDate":"%d-02-15"},{"title":"Exam passed","dueDate":"%d-12-20"}],
                 "assessment":{"method":"CERTIFICATION_EXAM","criteria":"Pass SAA-C03"},"checkInEveryDays":30}
                """.formatted(EMPLOYEE, YEAR, cost, YEAR, YEAR, YEAR, YEAR);
    }
}
