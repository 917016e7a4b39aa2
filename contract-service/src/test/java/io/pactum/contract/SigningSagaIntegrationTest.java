package io.pactum.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pactum.chassis.testing.TestTopics;
import io.pactum.events.Money;
import io.pactum.events.budget.BudgetReservationDeclined;
import io.pactum.events.budget.BudgetReservationPendingApproval;
import io.pactum.events.budget.BudgetReserved;
import io.pactum.events.contract.ContractActivated;
import io.pactum.events.contract.ContractEvent;
import io.pactum.events.contract.ContractFundingDeclined;
import io.pactum.events.contract.ContractSigned;
import io.pactum.events.contract.PlannedActivity;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The contract's side of the signing saga: two signatures publish ContractSigned once, from the same write
 * as status SIGNED; budget-service's answers (published here as it would) make the contract ACTIVE,
 * FUNDING_DECLINED or FUNDING_PENDING_APPROVAL, once, also when redelivered.
 */
class SigningSagaIntegrationTest extends ContractServiceTest {

    private static final Money EUR_400 = new Money(40_000, "EUR");

    @Test
    void signed_by_both_then_reserved_or_declined_and_redelivered_answers_change_nothing() throws Exception {
        Instant before = Instant.now();
        String active = create(ERIN, body("AWS Solutions Architect", "400.00"));
        propose(active, ERIN).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PROPOSED"));
        sign(active, ERIN, 1).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PROPOSED"));
        sign(active, MONA, 1).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SIGNED"))
                .andExpect(jsonPath("$.signatures.length()").value(2));

        await().atMost(DEADLINE).until(() -> events(active, ContractSigned.class).size() == 1);
        ContractSigned signed = events(active, ContractSigned.class).getFirst();
        assertThat(signed).usingRecursiveComparison()
                .ignoringFields("signedAt", "title", "objectives", "activities", "milestones", "checkInEveryDays")
                .isEqualTo(new ContractSigned(active, "erin", "mona", 1, EUR_400, 2026, "ENG", null));
        assertThat(signed.activities()).extracting(PlannedActivity::plannedCost).containsExactly(EUR_400);
        assertThat(signed.templateId()).as("drafted from scratch").isNull();
        assertThat(signed.signedAt()).isBetween(before, Instant.now());
        assertThat(envelopes(active).stream().filter(e -> e.data() instanceof ContractSigned).findFirst().orElseThrow()
                .subject()).isEqualTo("erin");

        String reserved = TestTopics.publish(new BudgetReserved(active, "erin", 1, 2026, EUR_400, new Money(160_000, "EUR")));
        await().atMost(DEADLINE).until(() -> "ACTIVE".equals(read(active, ERIN).path("status").asString()));
        mvc.perform(get("/api/contracts/" + active).with(MONA)).andExpect(jsonPath("$.fundingDecision.outcome").value("RESERVED"));

        // a second contract, signed straight from its draft (signing proposes it), above the budget
        String declined = create(ERIN, body("Executive MBA", "25000.00"));
        sign(declined, ERIN, 1).andExpect(jsonPath("$.status").value("PROPOSED"));
        sign(declined, MONA, 1).andExpect(jsonPath("$.status").value("SIGNED"));
        BudgetReservationDeclined refusal = new BudgetReservationDeclined(declined, "erin", 1, 2026, "INSUFFICIENT_FUNDS",
                "Requested 25,000.00 EUR but only 1,600.00 EUR is available", new Money(160_000, "EUR"),
                new Money(2_500_000, "EUR"));
        String declinedId = TestTopics.publish(refusal);
        await().atMost(DEADLINE).until(() -> "FUNDING_DECLINED".equals(read(declined, ERIN).path("status").asString()));
        mvc.perform(get("/api/contracts/" + declined).with(ERIN))
                .andExpect(jsonPath("$.fundingDecision.outcome").value("DECLINED"))
                .andExpect(jsonPath("$.fundingDecision.reason").value("INSUFFICIENT_FUNDS"))
                .andExpect(jsonPath("$.fundingDecision.message").value(refusal.message()))
                .andExpect(jsonPath("$.fundingDecision.available.amount").value("1600.00"))
                .andExpect(jsonPath("$.fundingDecision.requested.amount").value("25000.00"))
                .andExpect(jsonPath("$.fundingDecision.requested.currency").value("EUR"));
        await().atMost(DEADLINE).until(() -> events(active, ContractActivated.class).size() == 1
                && events(declined, ContractFundingDeclined.class).size() == 1);
        long activeVersion = version(active);
        long declinedVersion = version(declined);

        TestTopics.publish(reserved, new BudgetReserved(active, "erin", 1, 2026, EUR_400, new Money(160_000, "EUR")));
        TestTopics.publish(declinedId, refusal);
        // a third contract as a marker: its answer comes after the redeliveries on erin's partition
        String pending = create(ERIN, body("Kubernetes Administrator", "900.00"));
        sign(pending, ERIN, 1);
        sign(pending, MONA, 1).andExpect(jsonPath("$.status").value("SIGNED"));
        TestTopics.publish(new BudgetReservationPendingApproval("approval-7", pending, "erin", 1, 2026, "ENG",
                new Money(90_000, "EUR"), new Money(50_000, "EUR")));
        await().atMost(DEADLINE).until(() -> "FUNDING_PENDING_APPROVAL".equals(read(pending, ERIN).path("status").asString()));
        mvc.perform(get("/api/contracts/" + pending).with(ERIN))
                .andExpect(jsonPath("$.fundingDecision.approvalId").value("approval-7"))
                .andExpect(jsonPath("$.fundingDecision.threshold.amount").value("500.00"));

        assertThat(read(active, ERIN).path("status").asString()).isEqualTo("ACTIVE");
        assertThat(read(declined, ERIN).path("status").asString()).isEqualTo("FUNDING_DECLINED");
        // no write at all, so no new pending event either
        assertThat(version(active)).as("nothing written for the redelivery").isEqualTo(activeVersion);
        assertThat(version(declined)).isEqualTo(declinedVersion);
        assertThat(stored(active).getList("appliedEventIds", String.class)).containsExactly(reserved);
        assertThat(stored(declined).getList("appliedEventIds", String.class)).containsExactly(declinedId);
        assertThat(events(active, ContractEvent.class)).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("ContractProposed", "ContractSigned", "ContractActivated");
        assertThat(events(declined, ContractEvent.class)).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("ContractProposed", "ContractSigned", "ContractFundingDeclined");
    }

    @Test
    void a_declined_contract_is_amended_signed_again_and_activated_by_the_answer_for_its_new_revision() throws Exception {
        String id = create(ERIN, body("Executive MBA", "25000.00"));
        propose(id, MONA).andExpect(status().isOk());
        sign(id, ERIN, 1);
        sign(id, MONA, 1).andExpect(jsonPath("$.status").value("SIGNED"));
        TestTopics.publish(new BudgetReservationDeclined(id, "erin", 1, 2026, "INSUFFICIENT_FUNDS", "too much",
                new Money(200_000, "EUR"), new Money(2_500_000, "EUR")));
        await().atMost(DEADLINE).until(() -> "FUNDING_DECLINED".equals(read(id, ERIN).path("status").asString()));

        mvc.perform(put("/api/contracts/" + id).with(ERIN).contentType(MediaType.APPLICATION_JSON)
                        .content(body("AWS Solutions Architect", "1500.00")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.status").value("PROPOSED"))
                .andExpect(jsonPath("$.signatures.length()").value(0))
                .andExpect(jsonPath("$.totalPlannedCost.amount").value("1500.00"));
        sign(id, ERIN, 2);
        sign(id, MONA, 2).andExpect(jsonPath("$.status").value("SIGNED"));
        await().atMost(DEADLINE).until(() -> events(id, ContractSigned.class).size() == 2);
        assertThat(events(id, ContractSigned.class).getLast().revision()).isEqualTo(2);
        assertThat(events(id, ContractSigned.class).getLast().totalPlannedCost()).isEqualTo(new Money(150_000, "EUR"));

        String late = TestTopics.publish(new BudgetReserved(id, "erin", 1, 2026, new Money(2_500_000, "EUR"), new Money(0, "EUR")));
        TestTopics.publish(new BudgetReserved(id, "erin", 2, 2026, new Money(150_000, "EUR"), new Money(50_000, "EUR")));
        await().atMost(DEADLINE).until(() -> "ACTIVE".equals(read(id, ERIN).path("status").asString()));
        assertThat(read(id, ERIN).path("fundingDecision").path("revision").asInt()).isEqualTo(2);
        assertThat(stored(id).getList("appliedEventIds", String.class)).as("the answer for revision 1 was seen and ignored")
                .contains(late);

        mvc.perform(get("/api/contracts/" + id + "/revisions").with(MONA))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].revision").value(1))
                .andExpect(jsonPath("$[0].title").value("Executive MBA"))
                .andExpect(jsonPath("$[0].activities[0].plannedCost.amount").value("25000.00"))
                .andExpect(jsonPath("$[0].signatures[*].signedBy").value(org.hamcrest.Matchers.contains("erin", "mona")))
                .andExpect(jsonPath("$[1].changedFields").value(org.hamcrest.Matchers.contains("title", "activities[0].plannedCost")))
                .andExpect(jsonPath("$[1].totalPlannedCost.amount").value("1500.00"))
                .andExpect(jsonPath("$[1].createdBy").value("erin"));
    }
}
