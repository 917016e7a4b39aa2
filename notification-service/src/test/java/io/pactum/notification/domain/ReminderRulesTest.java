package io.pactum.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactum.events.Money;
import io.pactum.events.budget.BudgetReservationDeclined;
import io.pactum.events.budget.BudgetReservationPendingApproval;
import io.pactum.events.budget.BudgetReserved;
import io.pactum.events.contract.ContractAmended;
import io.pactum.events.contract.ContractCancelled;
import io.pactum.events.contract.ContractProposed;
import io.pactum.events.contract.ContractSigned;
import io.pactum.events.contract.MilestoneCompleted;
import io.pactum.events.contract.MilestoneMissed;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderRulesTest {

    static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");
    final People people = new TestPeople();
    final ReminderRules rules = new ReminderRules(Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(2));

    @Test
    void a_missed_milestone_escalates_after_the_configured_delay_to_the_managers_manager_and_learning_admins() {
        ReminderRules.Plan plan = rules.planFor(new MilestoneMissed("c1", "erin", "mona", "m1", "Course",
                LocalDate.of(2026, 11, 20), "ENG", 2026), AT, people);
        Reminder escalation = plan.reminders().getFirst();
        assertThat(escalation.id()).isEqualTo("escalation:c1:m1");
        assertThat(escalation.dueAt()).isEqualTo(AT.plus(Duration.ofDays(7)));
        assertThat(escalation.noticeWhenDue(people)).hasValueSatisfying(n -> {
            assertThat(n.recipients()).containsExactly("otto", "lars");
            assertThat(n.cause()).isEqualTo("escalation:c1:m1");
            assertThat(n.category()).isEqualTo(Category.MILESTONE);
        });
        assertThat(escalation.cancelKeys()).contains(Reminder.milestoneKey("c1", "m1"), Reminder.contractKey("c1"));
    }

    @Test
    void a_pending_approval_is_recalled_to_learning_admins_until_the_budget_answers() {
        ReminderRules.Plan plan = rules.planFor(new BudgetReservationPendingApproval("a1", "c1", "erin", 1, 2026, "ENG",
                new Money(1, "EUR"), new Money(1, "EUR")), AT, people);
        assertThat(plan.reminders()).singleElement().satisfies(r -> {
            assertThat(r.dueAt()).isEqualTo(AT.plus(Duration.ofDays(2)));
            assertThat(r.noticeWhenDue(people).orElseThrow().recipients()).containsExactly("lars");
        });
        assertThat(rules.planFor(new BudgetReserved("c1", "erin", 1, 2026, new Money(1, "EUR"), new Money(0, "EUR")), AT, people)
                .cancellations()).containsExactly(new ReminderRules.Cancellation("approval:c1", null));
        assertThat(rules.planFor(new BudgetReservationDeclined("c1", "erin", 1, 2026, "APPROVAL_DECLINED", "no", null, null),
                AT, people).cancellations()).containsExactly(new ReminderRules.Cancellation("approval:c1", null));
    }

    @Test
    void the_milestone_done_or_the_contract_ended_cancels_it() {
        assertThat(rules.planFor(new MilestoneCompleted("c1", "erin", "m1", "Course", AT, "cert", "ENG", 2026), AT, people)
                .cancellations()).containsExactly(new ReminderRules.Cancellation("milestone:c1:m1", null));
        assertThat(rules.planFor(new ContractCancelled("c1", "erin", "why", "erin", "ENG", 2026, AT), AT, people)
                .cancellations()).containsExactly(new ReminderRules.Cancellation("contract:c1", null));
    }

    @Test
    void an_unsigned_proposal_is_recalled_to_the_other_party_and_a_new_revision_replaces_the_old_reminder() {
        ReminderRules.Plan proposed = rules.planFor(new ContractProposed("c1", "erin", "mona", 1, "erin", "ENG", 2026, null),
                AT, people);
        assertThat(proposed.reminders()).singleElement().satisfies(r -> {
            assertThat(r.awaiting()).isEqualTo("mona");
            assertThat(r.dueAt()).isEqualTo(AT.plus(Duration.ofDays(3)));
            assertThat(r.noticeWhenDue(people).orElseThrow().recipients()).containsExactly("mona");
        });
        ReminderRules.Plan amended = rules.planFor(new ContractAmended("c1", "erin", 2, "mona", List.of("x"), "ENG", 2026,
                null), AT, people);
        assertThat(amended.reminders().getFirst().id()).isEqualTo("signature:c1:2");
        assertThat(amended.reminders().getFirst().awaiting()).isEqualTo("erin");
        assertThat(amended.cancellations()).containsExactly(new ReminderRules.Cancellation("signature:c1", "signature:c1:2"));
        assertThat(rules.planFor(new ContractSigned("c1", "erin", "mona", 2, null, 2026, "ENG", AT), AT, people)
                .cancellations()).containsExactly(new ReminderRules.Cancellation("signature:c1", null));
    }
}
