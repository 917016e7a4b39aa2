package io.pactum.notification.domain;

import io.pactum.events.PactumEvent;
import io.pactum.events.budget.BudgetReservationDeclined;
import io.pactum.events.budget.BudgetReservationPendingApproval;
import io.pactum.events.budget.BudgetReserved;
import io.pactum.events.contract.ContractAmended;
import io.pactum.events.contract.ContractCancelled;
import io.pactum.events.contract.ContractCompleted;
import io.pactum.events.contract.ContractFailed;
import io.pactum.events.contract.ContractProposed;
import io.pactum.events.contract.ContractSigned;
import io.pactum.events.contract.MilestoneCompleted;
import io.pactum.events.contract.MilestoneMissed;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Which reminders an event schedules and which it cancels; the delays are configuration. An unsigned proposal
 * or amendment is recalled to the party who has not signed; a missed milestone escalates; a funding approval
 * left pending is recalled to the unit's L&D admins until the budget is reserved or declined.
 */
public final class ReminderRules {

    private final Duration signatureReminderAfter;
    private final Duration escalationAfter;
    private final Duration approvalReminderAfter;

    public ReminderRules(Duration signatureReminderAfter, Duration escalationAfter, Duration approvalReminderAfter) {
        this.signatureReminderAfter = signatureReminderAfter;
        this.escalationAfter = escalationAfter;
        this.approvalReminderAfter = approvalReminderAfter;
    }

    /** Cancels the reminders holding {@code key}, except the one with id {@code keep} (may be null). */
    public record Cancellation(String key, String keep) {
    }

    /** What one event does to the reminders: cancellations first, then the new ones. */
    public record Plan(List<Cancellation> cancellations, List<Reminder> reminders) {
    }

    public Plan planFor(PactumEvent event, Instant occurredAt, People people) {
        return switch (event) {
            case ContractProposed e -> signatureAwaited(e.contractId(), e.employeeId(), e.revision(),
                    NoticeRules.otherParty(e.employeeId(), managerOf(e.employeeId(), e.managerId(), people), e.proposedBy()),
                    e.businessUnit(), occurredAt);
            case ContractAmended e -> signatureAwaited(e.contractId(), e.employeeId(), e.revision(),
                    NoticeRules.otherParty(e.employeeId(), managerOf(e.employeeId(), null, people), e.amendedBy()),
                    e.businessUnit(), occurredAt);
            case ContractSigned e -> cancel(Reminder.signatureKey(e.contractId()));
            case MilestoneMissed e -> {
                String id = "escalation:" + e.contractId() + ":" + e.milestoneId();
                yield new Plan(List.of(), List.of(new Reminder(id, ReminderKind.MILESTONE_ESCALATION, e.employeeId(),
                        e.contractId(), e.milestoneId(), e.title(), e.dueDate(), null, e.businessUnit(),
                        occurredAt.plus(escalationAfter),
                        Set.of(Reminder.contractKey(e.contractId()), Reminder.milestoneKey(e.contractId(), e.milestoneId())))));
            }
            case BudgetReservationPendingApproval e -> new Plan(List.of(), List.of(new Reminder(
                    "approval:" + e.approvalId(), ReminderKind.APPROVAL_PENDING, e.employeeId(), e.contractId(), null, null,
                    null, null, e.businessUnit(), occurredAt.plus(approvalReminderAfter),
                    Set.of(Reminder.contractKey(e.contractId()), Reminder.approvalKey(e.contractId())))));
            case BudgetReserved e -> cancel(Reminder.approvalKey(e.contractId()));
            case BudgetReservationDeclined e -> cancel(Reminder.approvalKey(e.contractId()));
            case MilestoneCompleted e -> cancel(Reminder.milestoneKey(e.contractId(), e.milestoneId()));
            case ContractCancelled e -> cancel(Reminder.contractKey(e.contractId()));
            case ContractCompleted e -> cancel(Reminder.contractKey(e.contractId()));
            case ContractFailed e -> cancel(Reminder.contractKey(e.contractId()));
            default -> new Plan(List.of(), List.of());
        };
    }

    private Plan signatureAwaited(String contractId, String employeeId, int revision, List<String> awaiting,
                                  String businessUnit, Instant occurredAt) {
        String id = "signature:" + contractId + ":" + revision;
        List<Reminder> reminders = awaiting.stream().map(party -> new Reminder(id, ReminderKind.SIGNATURE_PENDING,
                employeeId, contractId, null, null, null, party, businessUnit, occurredAt.plus(signatureReminderAfter),
                Set.of(Reminder.contractKey(contractId), Reminder.signatureKey(contractId)))).toList();
        // an older revision's reminder goes; this revision's stays even when the event is redelivered
        return new Plan(List.of(new Cancellation(Reminder.signatureKey(contractId), id)), reminders);
    }

    private static Plan cancel(String key) {
        return new Plan(List.of(new Cancellation(key, null)), List.of());
    }

    private static String managerOf(String employeeId, String fromEvent, People people) {
        return fromEvent != null ? fromEvent : people.find(employeeId).map(Person::managerId).orElse(null);
    }
}
