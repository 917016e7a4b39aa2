package io.pactum.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactum.events.EventEnvelope;
import io.pactum.events.Money;
import io.pactum.events.budget.BudgetReleased;
import io.pactum.events.budget.BudgetReservationPendingApproval;
import io.pactum.events.budget.BudgetReserved;
import io.pactum.events.budget.BudgetSpent;
import io.pactum.events.contract.CheckInMissed;
import io.pactum.events.contract.CheckInRecorded;
import io.pactum.events.contract.ContractActivated;
import io.pactum.events.contract.ContractAmended;
import io.pactum.events.contract.ContractCancelled;
import io.pactum.events.contract.ContractCompleted;
import io.pactum.events.contract.ContractFundingDeclined;
import io.pactum.events.contract.ContractProposed;
import io.pactum.events.contract.ContractSigned;
import io.pactum.events.contract.MilestoneCompleted;
import io.pactum.events.contract.MilestoneMissed;
import io.pactum.events.contract.ObjectiveResult;
import io.pactum.events.contract.PlannedActivity;
import io.pactum.events.contract.PlannedMilestone;
import io.pactum.events.contract.PlannedObjective;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One contract's facts and what they add to the buckets, with every figure worked out by hand. */
class ContractFactsTest {

    private static final String C = "c-aws";

    static EventEnvelope proposed() {
        return Events.at("2026-03-02T09:00:00Z", new ContractProposed(C, "erin", "mona", 1, "erin", "ENG", 2026, eur(150_000)));
    }

    static EventEnvelope signed() {
        return Events.at("2026-03-04T21:00:00Z", new ContractSigned(C, "erin", "mona", 1, eur(150_000), 2026, "ENG",
                Instant.parse("2026-03-04T21:00:00Z"), "AWS Solutions Architect", "aws-path",
                List.of(new PlannedObjective("cloud-architecture", 3), new PlannedObjective("devops", 2)),
                List.of(new PlannedActivity("ONLINE_COURSE", "SAA course", "Acme Learning", eur(100_000), LocalDate.parse("2026-03-10"), LocalDate.parse("2026-06-30")),
                        new PlannedActivity("COACHING", "Coaching", "Coachly", eur(50_000), LocalDate.parse("2026-03-10"), LocalDate.parse("2026-09-30"))),
                List.of(new PlannedMilestone("m1", "Course half done", LocalDate.parse("2026-04-30")),
                        new PlannedMilestone("m2", "Course finished", LocalDate.parse("2026-06-30"))),
                14));
    }

    static List<EventEnvelope> activeHistory() {
        return List.of(proposed(), signed(),
                Events.at("2026-03-04T21:00:01Z", new BudgetReserved(C, "erin", 1, 2026, eur(150_000), eur(50_000))),
                Events.at("2026-03-05T08:00:00Z", new ContractActivated(C, "erin", 1, "ENG", 2026, Instant.parse("2026-03-05T08:00:00Z"))),
                Events.at("2026-04-10T12:00:00Z", new BudgetSpent("erin", C, 2026, "ENG", eur(100_000), "ACME Learning", "INV-1")),
                Events.at("2026-04-20T10:00:00Z", new MilestoneCompleted(C, "erin", "m1", "Course half done",
                        Instant.parse("2026-04-20T10:00:00Z"), "certificate", "ENG", 2026)),
                Events.at("2026-05-15T10:00:00Z", new CheckInRecorded(C, "erin", "ck1", 3, "mona", Instant.parse("2026-05-15T10:00:00Z"), "ENG", 2026)),
                Events.at("2026-07-01T02:00:00Z", new MilestoneMissed(C, "erin", "mona", "m2", "Course finished", LocalDate.parse("2026-06-30"), "ENG", 2026)),
                Events.at("2026-07-01T02:00:01Z", new CheckInMissed(C, "erin", "mona", LocalDate.parse("2026-06-28"), "ENG", 2026)));
    }

    @Test
    void an_active_contract_with_a_missed_milestone_and_check_in() {
        ContractFacts facts = replay(activeHistory());

        assertThat(facts.timeline()).extracting(ContractFacts.StatusChange::to)
                .containsExactly(ContractStatus.PROPOSED, ContractStatus.SIGNED, ContractStatus.ACTIVE);
        assertThat(facts.status()).contains(ContractStatus.ACTIVE);
        assertThat(facts.atRisk()).isTrue();
        assertThat(facts.lastMissedOn()).isEqualTo(LocalDate.parse("2026-06-30"));
        assertThat(facts.held()).isEqualTo(50_000);   // 1,500 reserved − 1,000 spent
        assertThat(facts.spent()).isEqualTo(100_000);
        assertThat(facts.programId()).isEqualTo("aws-path");

        Tally t = facts.contribution();
        // March: proposed, signed and activated → net one ACTIVE; every funnel stage; 2.5 days to signature
        Figures march = t.get(RollupKey.main("ENG", 2026, 3));
        assertThat(march.counts()).containsEntry(Measures.status(ContractStatus.ACTIVE), 1L)
                .doesNotContainKey(Measures.status(ContractStatus.PROPOSED)).doesNotContainKey(Measures.status(ContractStatus.SIGNED))
                .containsEntry(Measures.FUNNEL_PROPOSED, 1L).containsEntry(Measures.FUNNEL_SIGNED, 1L)
                .containsEntry(Measures.FUNNEL_ACTIVE, 1L);
        assertThat(march.histogram(Measures.SIGNATURE_TENTHS_OF_DAYS)).containsExactlyEntriesOf(java.util.Map.of(25L, 1L));
        // April: m1 completed 10 days before it was due; May: a check-in; June (by due dates): m2 and a check-in missed
        assertThat(t.get(RollupKey.main("ENG", 2026, 4)).counts()).containsExactlyEntriesOf(java.util.Map.of(Measures.MILESTONES_ON_TIME, 1L));
        assertThat(t.get(RollupKey.main("ENG", 2026, 5)).counts()).containsExactlyEntriesOf(java.util.Map.of(Measures.CHECK_INS_RECORDED, 1L));
        assertThat(t.get(RollupKey.main("ENG", 2026, 6)).counts()).containsEntry(Measures.MILESTONES_MISSED, 1L)
                .containsEntry(Measures.CHECK_INS_MISSED, 1L).hasSize(2);
        assertThat(t.get(RollupKey.current("ENG", 2026)).count(Measures.AT_RISK)).isEqualTo(1);
        // the program: one contract, cost = 1,000 spent + 500 still held
        Figures program = t.get(RollupKey.program("ENG", 2026, "aws-path"));
        assertThat(program.count(Measures.CONTRACTS)).isEqualTo(1);
        assertThat(program.count(Measures.COMPLETED)).isZero();
        assertThat(program.money("EUR", Measures.COST)).isEqualTo(150_000);
        // providers and activity types as signed (March); the expense goes to the activity whose provider is the supplier
        Figures acme = t.get(RollupKey.provider("ENG", 2026, 3, "Acme Learning"));
        assertThat(acme.count(Measures.CONTRACTS)).isEqualTo(1);
        assertThat(acme.count(Measures.activityType("ONLINE_COURSE"))).isEqualTo(1);
        assertThat(acme.money("EUR", Measures.PLANNED)).isEqualTo(100_000);
        assertThat(t.get(RollupKey.provider("ENG", 2026, 4, "Acme Learning")).money("EUR", Measures.SPENT)).isEqualTo(100_000);
        assertThat(t.get(RollupKey.provider("ENG", 2026, 3, "Coachly")).money("EUR", Measures.PLANNED)).isEqualTo(50_000);
        assertThat(t.get(RollupKey.activity("ENG", 2026, 3, "COACHING")).count(Measures.CONTRACTS)).isEqualTo(1);
        assertThat(t.get(RollupKey.activity("ENG", 2026, 4, "ONLINE_COURSE")).money("EUR", Measures.SPENT)).isEqualTo(100_000);
        // the expense shared by the two objectives' competencies, in April, Q2 and the year
        for (String period : List.of("M04", "Q2", "YEAR")) {
            assertThat(t.get(RollupKey.competency("ENG", 2026, period, "cloud-architecture")).money("EUR", Measures.COST)).isEqualTo(50_000);
            assertThat(t.get(RollupKey.competency("ENG", 2026, period, "devops")).money("EUR", Measures.COST)).isEqualTo(50_000);
        }
    }

    @Test
    void completing_late_the_milestone_reported_missed_and_checking_in_again_ends_the_risk_then_completion() {
        List<EventEnvelope> history = new ArrayList<>(activeHistory());
        history.add(Events.at("2026-07-10T10:00:00Z", new MilestoneCompleted(C, "erin", "m2", "Course finished",
                Instant.parse("2026-07-10T10:00:00Z"), "certificate", "ENG", 2026)));
        ContractFacts stillAtRisk = replay(history);
        assertThat(stillAtRisk.atRisk()).as("the check-in due on 28 June is still open").isTrue();
        // a late completion of a milestone reported missed is not counted again
        assertThat(stillAtRisk.contribution().get(RollupKey.main("ENG", 2026, 7)).isEmpty()).isTrue();

        history.add(Events.at("2026-07-11T10:00:00Z", new CheckInRecorded(C, "erin", "ck2", 4, "mona", Instant.parse("2026-07-11T10:00:00Z"), "ENG", 2026)));
        assertThat(replay(history).atRisk()).isFalse();

        history.add(Events.at("2026-09-30T15:00:00Z", new ContractCompleted(C, "erin", 1, List.of(new ObjectiveResult("cloud-architecture", 3)),
                "ENG", 2026, Instant.parse("2026-09-30T15:00:00Z"))));
        history.add(Events.at("2026-09-30T15:00:01Z", new BudgetReleased("erin", C, 2026, "ENG", eur(50_000))));
        ContractFacts completed = replay(history);
        Tally t = completed.contribution();
        assertThat(t.get(RollupKey.main("ENG", 2026, 9)).counts()).containsEntry(Measures.status(ContractStatus.ACTIVE), -1L)
                .containsEntry(Measures.status(ContractStatus.COMPLETED), 1L).containsEntry(Measures.COMPLETED, 1L)
                .containsEntry(Measures.FUNNEL_COMPLETED, 1L);
        assertThat(t.get(RollupKey.current("ENG", 2026)).isEmpty()).isTrue();
        Figures program = t.get(RollupKey.program("ENG", 2026, "aws-path"));
        assertThat(program.count(Measures.COMPLETED)).isEqualTo(1);
        assertThat(program.money("EUR", Measures.COST)).as("released: only what was spent").isEqualTo(100_000);
    }

    @Test
    void the_same_events_in_another_order_across_topics_give_the_same_facts() {
        List<EventEnvelope> inOrder = activeHistory();
        // the budget events (another topic) arrive first
        List<EventEnvelope> budgetFirst = new ArrayList<>();
        inOrder.stream().filter(e -> e.type().startsWith("pactum.budget")).forEach(budgetFirst::add);
        inOrder.stream().filter(e -> !e.type().startsWith("pactum.budget")).forEach(budgetFirst::add);
        assertThat(replay(budgetFirst)).isEqualTo(replay(inOrder));
        assertThat(replay(budgetFirst).contribution()).isEqualTo(replay(inOrder).contribution());
    }

    @Test
    void funding_pending_approval_declined_amended_and_signed_again() {
        String c = "c-big";
        List<EventEnvelope> history = List.of(
                Events.at("2026-02-01T09:00:00Z", new ContractProposed(c, "sam", "sven", 1, "sam", "SALES", 2026, eur(600_000))),
                Events.at("2026-02-02T09:00:00Z", new ContractSigned(c, "sam", "sven", 1, eur(600_000), 2026, "SALES", Instant.parse("2026-02-02T09:00:00Z"))),
                Events.at("2026-02-02T09:00:01Z", new BudgetReservationPendingApproval("a1", c, "sam", 1, 2026, "SALES", eur(600_000), eur(500_000))),
                Events.at("2026-02-10T09:00:00Z", new ContractFundingDeclined(c, "sam", 1, "SALES", 2026, "APPROVAL_DECLINED", "too much")),
                Events.at("2026-03-01T09:00:00Z", new ContractAmended(c, "sam", 2, "sam", List.of("activities[0].plannedCost"), "SALES", 2026, eur(400_000))),
                Events.at("2026-03-03T09:00:00Z", new ContractSigned(c, "sam", "sven", 2, eur(400_000), 2026, "SALES", Instant.parse("2026-03-03T09:00:00Z"))),
                Events.at("2026-03-03T09:00:01Z", new BudgetReserved(c, "sam", 2, 2026, eur(400_000), eur(100_000))),
                Events.at("2026-03-03T09:00:02Z", new ContractActivated(c, "sam", 2, "SALES", 2026, Instant.parse("2026-03-03T09:00:02Z"))));
        ContractFacts facts = replay(history);
        assertThat(facts.timeline()).extracting(ContractFacts.StatusChange::to).containsExactly(ContractStatus.PROPOSED,
                ContractStatus.SIGNED, ContractStatus.FUNDING_PENDING_APPROVAL, ContractStatus.FUNDING_DECLINED,
                ContractStatus.PROPOSED, ContractStatus.SIGNED, ContractStatus.ACTIVE);
        assertThat(facts.plannedCost()).isEqualTo(eur(400_000));
        Tally t = facts.contribution();
        // as at the end of February: declined; by the end of March: active
        Figures february = t.get(RollupKey.main("SALES", 2026, 2));
        assertThat(february.counts()).containsEntry(Measures.status(ContractStatus.FUNDING_DECLINED), 1L)
                .containsEntry(Measures.FUNNEL_PROPOSED, 1L).containsEntry(Measures.FUNNEL_SIGNED, 1L)
                .doesNotContainKey(Measures.status(ContractStatus.SIGNED));
        Figures march = t.get(RollupKey.main("SALES", 2026, 3));
        assertThat(march.counts()).containsEntry(Measures.status(ContractStatus.FUNDING_DECLINED), -1L)
                .containsEntry(Measures.status(ContractStatus.ACTIVE), 1L).containsEntry(Measures.FUNNEL_ACTIVE, 1L)
                .doesNotContainKey(Measures.FUNNEL_SIGNED);
        // one day from the first proposal to the first signature
        assertThat(february.histogram(Measures.SIGNATURE_TENTHS_OF_DAYS)).containsExactlyEntriesOf(java.util.Map.of(10L, 1L));

        // the pending approval arriving after the activation (another topic) changes nothing
        List<EventEnvelope> late = new ArrayList<>(history);
        late.add(late.remove(2));
        assertThat(replay(late).contribution()).isEqualTo(t);
    }

    @Test
    void an_active_contract_cancelled_counts_as_ended_without_completion() {
        String c = "c-cancel";
        ContractFacts facts = replay(List.of(
                Events.at("2026-05-01T09:00:00Z", new ContractProposed(c, "noah", "mona", 1, "noah", "ENG", 2026, eur(10_000))),
                Events.at("2026-05-01T09:00:00Z", new ContractSigned(c, "noah", "mona", 1, eur(10_000), 2026, "ENG", Instant.parse("2026-05-01T09:00:00Z"))),
                Events.at("2026-05-01T09:00:01Z", new ContractActivated(c, "noah", 1, "ENG", 2026, Instant.parse("2026-05-01T09:00:01Z"))),
                Events.at("2026-08-01T09:00:00Z", new ContractCancelled(c, "noah", "left", "noah", "ENG", 2026, Instant.parse("2026-08-01T09:00:00Z")))));
        assertThat(facts.status()).contains(ContractStatus.CANCELLED);
        Figures august = facts.contribution().get(RollupKey.main("ENG", 2026, 8));
        assertThat(august.counts()).containsEntry(Measures.CANCELLED_ACTIVE, 1L)
                .containsEntry(Measures.status(ContractStatus.CANCELLED), 1L).containsEntry(Measures.status(ContractStatus.ACTIVE), -1L);
        // signed the same moment it was proposed: zero days to signature
        assertThat(facts.contribution().get(RollupKey.main("ENG", 2026, 5)).histogram(Measures.SIGNATURE_TENTHS_OF_DAYS))
                .containsExactlyEntriesOf(java.util.Map.of(0L, 1L));
        // no template: the contract is its own program, counted under "other" in the buckets
        assertThat(facts.programId()).isEqualTo("contract:c-cancel");
        assertThat(facts.contribution().get(RollupKey.program("ENG", 2026, RollupKey.OTHER_PROGRAM)).count(Measures.CONTRACTS)).isEqualTo(1);
    }

    @Test
    void a_contract_known_only_from_the_budget_adds_nothing_until_its_unit_is_known() {
        ContractFacts facts = ContractFacts.empty("c-x")
                .apply(Events.at("2026-03-04T21:00:01Z", new BudgetReserved("c-x", "erin", 1, 2026, eur(1_000), eur(0))));
        assertThat(facts.contribution().isEmpty()).isTrue();
        assertThat(facts.status()).isEmpty();
    }

    static ContractFacts replay(List<EventEnvelope> events) {
        ContractFacts facts = ContractFacts.empty(events.getFirst().data() instanceof io.pactum.events.contract.ContractEvent ce
                ? ce.contractId() : ((io.pactum.events.budget.BudgetReserved) events.getFirst().data()).contractId());
        for (EventEnvelope event : events) {
            facts = facts.apply(event);
        }
        return facts;
    }

    static Money eur(long minor) {
        return new Money(minor, "EUR");
    }
}
