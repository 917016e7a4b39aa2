package io.pactum.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactum.events.Money;
import io.pactum.events.budget.BudgetReservationDeclined;
import io.pactum.events.budget.BudgetReservationPendingApproval;
import io.pactum.events.budget.BudgetReserved;
import io.pactum.events.contract.CheckInRecorded;
import io.pactum.events.contract.ContractActivated;
import io.pactum.events.contract.ContractAmended;
import io.pactum.events.contract.ContractCancelled;
import io.pactum.events.contract.ContractProposed;
import io.pactum.events.contract.ContractSigned;
import io.pactum.events.contract.MilestoneCompleted;
import io.pactum.events.contract.MilestoneMissed;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderRulesTest {

    static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");
    final People people = new TestPeople();
    final ReminderRules rules = new ReminderRules(Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(2),
            List.of(Duration.ofDays(1), Duration.ofDays(7)), Duration.ZERO, LocalTime.of(9, 0));

    @Test
    void a_missed_milestone_escalates_after_the_configured_delay_to_the_managers_manager_and_learning_admins() {
        ReminderRules.Plan plan = rules.planFor(new MilestoneMissed("c1", "erin", "mona", "m1", "Course",
                LocalDate.of(2026, 11, 20), "ENG", 2026), AT, people, null);
        Reminder escalation = plan.reminders().getFirst();
        assertThat(escalation.id()).isEqualTo("escalation:c1:m1");
        assertThat(escalation.dueAt()).isEqualTo(AT.plus(Duration.ofDays(7)));
        assertThat(escalation.noticeWhenDue(people)).hasValueSatisfying(n -> {
            assertThat(n.recipients()).containsExactly("otto", "lars");
            assertThat(n.cause()).isEqualTo("escalation:c1:m1");
            assertThat(n.category()).isEqualTo(Category.MILESTONE);
            assertThat(n.unit()).isEqualTo("ENG");
        });
        assertThat(escalation.cancelKeys()).contains(Reminder.milestoneKey("c1", "m1"), Reminder.contractKey("c1"));
    }

    @Test
    void a_pending_approval_is_recalled_to_learning_admins_until_the_budget_answers() {
        ReminderRules.Plan plan = rules.planFor(new BudgetReservationPendingApproval("a1", "c1", "erin", 1, 2026, "ENG",
                new Money(1, "EUR"), new Money(1, "EUR")), AT, people, null);
        assertThat(plan.reminders()).singleElement().satisfies(r -> {
            assertThat(r.dueAt()).isEqualTo(AT.plus(Duration.ofDays(2)));
            assertThat(r.noticeWhenDue(people).orElseThrow().recipients()).containsExactly("lars");
        });
        assertThat(rules.planFor(new BudgetReserved("c1", "erin", 1, 2026, new Money(1, "EUR"), new Money(0, "EUR")), AT, people, null)
                .cancellations()).containsExactly(new ReminderRules.Cancellation("approval:c1", null));
        assertThat(rules.planFor(new BudgetReservationDeclined("c1", "erin", 1, 2026, "APPROVAL_DECLINED", "no", null, null),
                AT, people, null).cancellations()).containsExactly(new ReminderRules.Cancellation("approval:c1", null));
    }

    @Test
    void the_milestone_done_or_the_contract_ended_cancels_it() {
        assertThat(rules.planFor(new MilestoneCompleted("c1", "erin", "m1", "Course", AT, "cert", "ENG", 2026), AT, people, null)
                .cancellations()).containsExactly(new ReminderRules.Cancellation("milestone:c1:m1", null));
        assertThat(rules.planFor(new ContractCancelled("c1", "erin", "why", "erin", "ENG", 2026, AT), AT, people, null)
                .cancellations()).containsExactly(new ReminderRules.Cancellation("contract:c1", null));
    }

    @Test
    void an_unsigned_proposal_is_recalled_to_the_other_party_and_a_new_revision_replaces_the_old_reminder() {
        ReminderRules.Plan proposed = rules.planFor(new ContractProposed("c1", "erin", "mona", 1, "erin", "ENG", 2026, null),
                AT, people, null);
        assertThat(proposed.reminders()).singleElement().satisfies(r -> {
            assertThat(r.awaiting()).isEqualTo("mona");
            assertThat(r.dueAt()).isEqualTo(AT.plus(Duration.ofDays(3)));
            assertThat(r.noticeWhenDue(people).orElseThrow().recipients()).containsExactly("mona");
        });
        ReminderRules.Plan amended = rules.planFor(new ContractAmended("c1", "erin", 2, "mona", List.of("x"), "ENG", 2026,
                null), AT, people, null);
        assertThat(amended.reminders().getFirst().id()).isEqualTo("signature:c1:2");
        assertThat(amended.reminders().getFirst().awaiting()).isEqualTo("erin");
        assertThat(amended.cancellations()).containsExactly(new ReminderRules.Cancellation("signature:c1", "signature:c1:2"));
        assertThat(rules.planFor(new ContractSigned("c1", "erin", "mona", 2, null, 2026, "ENG", AT), AT, people, null)
                .cancellations()).contains(new ReminderRules.Cancellation("signature:c1", null));
    }

    @Test
    void the_notices_for_a_units_learning_admins_also_go_to_the_units_webhook() {
        Reminder escalation = rules.planFor(new MilestoneMissed("c1", "erin", "mona", "m1", "Course",
                LocalDate.of(2026, 11, 20), "ENG", 2026), AT, people, null).reminders().getFirst();
        assertThat(escalation.noticeWhenDue(people).orElseThrow().unit()).isEqualTo("ENG");
        Reminder approval = rules.planFor(new BudgetReservationPendingApproval("a1", "c1", "erin", 1, 2026, "ENG",
                new Money(1, "EUR"), new Money(1, "EUR")), AT, people, null).reminders().getFirst();
        assertThat(approval.noticeWhenDue(people).orElseThrow().unit()).isEqualTo("ENG");
        Reminder signature = rules.planFor(new ContractProposed("c1", "erin", "mona", 1, "erin", "ENG", 2026, null), AT,
                people, null).reminders().getFirst();
        assertThat(signature.noticeWhenDue(people).orElseThrow().unit()).as("not a unit's matter").isNull();
    }

    // --- milestones and check-ins of an ACTIVE contract (erin works in Stockholm: 09:00 there is 08:00 UTC in winter)

    static SignedContract signed(int revision, Integer checkInEveryDays, LocalDate start, LocalDate end, Instant lastCheckIn,
                                 SignedContract.DueMilestone... milestones) {
        return new SignedContract("c1", "erin", revision, "AWS Solutions Architect", "ENG", List.of(milestones),
                checkInEveryDays, start, end, lastCheckIn);
    }

    static ContractActivated activated(int revision) {
        return new ContractActivated("c1", "erin", revision, "ENG", 2026, AT);
    }

    @Test
    void an_active_contracts_milestone_is_recalled_7_days_and_1_day_before_it_is_due_at_9_in_the_employees_zone() {
        SignedContract contract = signed(1, null, null, null, null,
                new SignedContract.DueMilestone("m1", "Course finished", LocalDate.of(2026, 12, 10)));
        List<Reminder> reminders = rules.planFor(activated(1), AT, people, contract).reminders();

        assertThat(reminders).extracting(Reminder::id).containsExactly(
                Reminder.milestoneDueId("c1", 1, "m1", Duration.ofDays(7)), Reminder.milestoneDueId("c1", 1, "m1", Duration.ofDays(1)));
        Reminder week = reminders.get(0);
        Reminder day = reminders.get(1);
        assertThat(week.dueAt()).isEqualTo(Instant.parse("2026-12-03T08:00:00Z"));
        assertThat(day.dueAt()).isEqualTo(Instant.parse("2026-12-09T08:00:00Z"));
        assertThat(week.cancelKeys()).contains(Reminder.milestoneKey("c1", "m1"), Reminder.contractKey("c1"),
                Reminder.revisionKey("c1", 1));
        assertThat(week.noticeWhenDue(people)).hasValueSatisfying(n -> {
            assertThat(n.recipients()).containsExactly("erin", "mona");
            assertThat(n.category()).isEqualTo(Category.MILESTONE);
            assertThat(n.template()).isEqualTo("milestone-due");
            assertThat(n.facts()).containsEntry("contract", "AWS Solutions Architect").containsEntry("milestone", "Course finished")
                    .containsEntry("dueDate", LocalDate.of(2026, 12, 10));
            assertThat(n.unit()).isNull();
        });
    }

    @Test
    void a_reminder_whose_time_passed_fires_late_until_the_next_one_is_due_and_the_last_until_the_due_date_is_over() {
        SignedContract contract = signed(1, null, null, null, null,
                new SignedContract.DueMilestone("tomorrow", "Lab", LocalDate.of(2026, 11, 24)),
                new SignedContract.DueMilestone("in-3-days", "Quiz", LocalDate.of(2026, 11, 26)),
                new SignedContract.DueMilestone("yesterday", "Read", LocalDate.of(2026, 11, 22)));
        List<Reminder> reminders = rules.planFor(activated(1), AT, people, contract).reminders();

        // due tomorrow: its 1-day reminder (due this morning) goes at once, the 7-day one would be stale
        // due in 3 days: the 7-day reminder is late but still ahead of the 1-day one; past milestones: nothing
        assertThat(reminders).extracting(Reminder::id).containsExactlyInAnyOrder(
                Reminder.milestoneDueId("c1", 1, "tomorrow", Duration.ofDays(1)),
                Reminder.milestoneDueId("c1", 1, "in-3-days", Duration.ofDays(7)),
                Reminder.milestoneDueId("c1", 1, "in-3-days", Duration.ofDays(1)));

        // a 7-day reminder that falls due only after the 1-day one (downtime) is skipped; the 1-day one until the day ends
        Reminder week = byId(reminders, Reminder.milestoneDueId("c1", 1, "in-3-days", Duration.ofDays(7)));
        assertThat(week.isStaleAt(Instant.parse("2026-11-25T07:59:00Z"))).isFalse();
        assertThat(week.isStaleAt(Instant.parse("2026-11-25T08:00:00Z"))).isTrue();
        Reminder day = byId(reminders, Reminder.milestoneDueId("c1", 1, "tomorrow", Duration.ofDays(1)));
        assertThat(day.isStaleAt(Instant.parse("2026-11-24T22:59:00Z"))).isFalse();
        assertThat(day.isStaleAt(Instant.parse("2026-11-24T23:00:00Z"))).as("midnight in Stockholm").isTrue();
    }

    @Test
    void only_the_signed_revision_that_became_active_schedules_and_a_newer_signed_revision_cancels_an_older_ones() {
        SignedContract revision2 = signed(2, 14, null, null, null,
                new SignedContract.DueMilestone("m1", "Course finished", LocalDate.of(2026, 12, 10)));
        assertThat(rules.planFor(activated(1), AT, people, revision2).reminders()).isEmpty();
        assertThat(rules.planFor(activated(2), AT, people, null).reminders()).as("terms never seen").isEmpty();
        assertThat(rules.planFor(activated(2), AT, people, revision2).reminders()).hasSize(3);

        assertThat(rules.planFor(new ContractSigned("c1", "erin", "mona", 3, null, 2026, "ENG", AT), AT, people, null)
                .cancellations()).containsExactly(new ReminderRules.Cancellation("signature:c1", null),
                new ReminderRules.Cancellation(Reminder.revisionKey("c1", 1), null),
                new ReminderRules.Cancellation(Reminder.revisionKey("c1", 2), null));
    }

    @Test
    void the_first_check_in_is_due_a_cadence_after_activation_or_after_the_start_when_that_is_later() {
        Reminder first = rules.planFor(activated(1), AT, people, signed(1, 14, null, null, null)).reminders().getFirst();
        assertThat(first.id()).isEqualTo(Reminder.checkInDueId("c1", LocalDate.of(2026, 12, 7)));
        assertThat(first.kind()).isEqualTo(ReminderKind.CHECK_IN_DUE);
        assertThat(first.dueAt()).isEqualTo(Instant.parse("2026-12-07T08:00:00Z"));
        assertThat(first.staleAfter()).isEqualTo(Instant.parse("2026-12-07T23:00:00Z"));
        assertThat(first.cancelKeys()).contains(Reminder.checkInKey("c1"), Reminder.contractKey("c1"));
        assertThat(first.noticeWhenDue(people)).hasValueSatisfying(n -> {
            assertThat(n.category()).isEqualTo(Category.CHECK_IN);
            assertThat(n.recipients()).containsExactly("erin", "mona");
            assertThat(n.facts()).containsEntry("dueDate", LocalDate.of(2026, 12, 7));
        });

        assertThat(rules.planFor(activated(1), AT, people, signed(1, 14, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 31),
                null)).reminders()).extracting(Reminder::dueDate).containsExactly(LocalDate.of(2026, 12, 15));
        assertThat(rules.planFor(activated(1), AT, people, signed(1, 14, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 10),
                null)).reminders()).as("due after the contract's last day").isEmpty();
    }

    @Test
    void a_check_in_replaces_the_pending_reminder_by_one_a_cadence_later_and_an_older_check_in_changes_nothing() {
        ReminderRules early = new ReminderRules(Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(2),
                List.of(Duration.ofDays(7)), Duration.ofDays(2), LocalTime.of(9, 0));
        Instant recorded = Instant.parse("2026-11-30T15:00:00Z");
        CheckInRecorded checkIn = new CheckInRecorded("c1", "erin", "ci2", 4, "mona", recorded, "ENG", 2026);

        ReminderRules.Plan plan = early.planFor(checkIn, recorded, people, signed(1, 14, null, null, recorded));
        String next = Reminder.checkInDueId("c1", LocalDate.of(2026, 12, 14));
        assertThat(plan.cancellations()).containsExactly(new ReminderRules.Cancellation(Reminder.checkInKey("c1"), next));
        assertThat(plan.reminders()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(next);
            assertThat(r.dueAt()).as("two days ahead, at 9 in Stockholm").isEqualTo(Instant.parse("2026-12-12T08:00:00Z"));
        });

        assertThat(early.planFor(checkIn, recorded, people, signed(1, 14, null, null, recorded.plusSeconds(3600))))
                .as("a later check-in is known").isEqualTo(new ReminderRules.Plan(List.of(), List.of()));
        assertThat(early.planFor(checkIn, recorded, people, null).reminders()).as("unknown contract").isEmpty();
        assertThat(early.planFor(checkIn, recorded, people, signed(1, 14, null, LocalDate.of(2026, 12, 10), recorded)))
                .as("the contract ends first: the pending reminder goes, none follows")
                .isEqualTo(new ReminderRules.Plan(List.of(new ReminderRules.Cancellation(Reminder.checkInKey("c1"), next)),
                        List.of()));
    }

    private static Reminder byId(List<Reminder> reminders, String id) {
        return reminders.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
