package io.pactum.notification.domain;

import io.pactum.events.PactumEvent;
import io.pactum.events.budget.BudgetReservationDeclined;
import io.pactum.events.budget.BudgetReservationPendingApproval;
import io.pactum.events.budget.BudgetReserved;
import io.pactum.events.contract.CheckInRecorded;
import io.pactum.events.contract.ContractActivated;
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
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which reminders an event schedules and which it cancels; the delays are configuration. An unsigned proposal
 * or amendment is recalled to the party who has not signed; a missed milestone escalates; a funding approval
 * left pending is recalled to the unit's L&D admins until the budget is reserved or declined. Once a contract is
 * ACTIVE, each milestone of its signed revision is recalled some days before its due date and each check-in on
 * (or some days before) the day the cadence makes it due, at {@code reminderTime} in the employee's time zone.
 */
public final class ReminderRules {

    private final Duration signatureReminderAfter;
    private final Duration escalationAfter;
    private final Duration approvalReminderAfter;
    private final List<Duration> milestoneRemindersBefore;
    private final Duration checkInReminderBefore;
    private final LocalTime reminderTime;

    /**
     * @param milestoneRemindersBefore how long before a milestone's due date it is recalled (e.g. 7 days and 1 day)
     * @param checkInReminderBefore    how long before a check-in's due date it is recalled (zero: on the day)
     * @param reminderTime             the time of day, in the employee's zone, those reminders go out
     */
    public ReminderRules(Duration signatureReminderAfter, Duration escalationAfter, Duration approvalReminderAfter,
                         List<Duration> milestoneRemindersBefore, Duration checkInReminderBefore, LocalTime reminderTime) {
        this.signatureReminderAfter = signatureReminderAfter;
        this.escalationAfter = escalationAfter;
        this.approvalReminderAfter = approvalReminderAfter;
        this.milestoneRemindersBefore = milestoneRemindersBefore.stream().distinct()
                .sorted(Comparator.reverseOrder()).toList();
        this.checkInReminderBefore = checkInReminderBefore;
        this.reminderTime = reminderTime;
    }

    /** Cancels the reminders holding {@code key}, except the one with id {@code keep} (may be null). */
    public record Cancellation(String key, String keep) {
    }

    /** What one event does to the reminders: cancellations first, then the new ones. */
    public record Plan(List<Cancellation> cancellations, List<Reminder> reminders) {
    }

    /**
     * @param known what this service remembers of the contract's signed revision (with the check-in this event
     *              recorded, if it did), or null when nothing is known
     */
    public Plan planFor(PactumEvent event, Instant occurredAt, People people, SignedContract known) {
        return switch (event) {
            case ContractProposed e -> signatureAwaited(e.contractId(), e.employeeId(), e.revision(),
                    NoticeRules.otherParty(e.employeeId(), managerOf(e.employeeId(), e.managerId(), people), e.proposedBy()),
                    e.businessUnit(), occurredAt);
            case ContractAmended e -> signatureAwaited(e.contractId(), e.employeeId(), e.revision(),
                    NoticeRules.otherParty(e.employeeId(), managerOf(e.employeeId(), null, people), e.amendedBy()),
                    e.businessUnit(), occurredAt);
            case ContractSigned e -> signed(e);
            case ContractActivated e -> known != null && known.revision() == e.revision()
                    ? activated(known, e.activatedAt() == null ? occurredAt : e.activatedAt(), zoneOf(e.employeeId(), people),
                    occurredAt) : nothing();
            case CheckInRecorded e -> checkedIn(known, e, zoneOf(e.employeeId(), people), occurredAt);
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
            default -> nothing();
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

    /** Signed: nobody waits for a signature any more, and what an older signed revision scheduled is replaced. */
    private static Plan signed(ContractSigned e) {
        List<Cancellation> cancellations = new ArrayList<>(List.of(new Cancellation(Reminder.signatureKey(e.contractId()), null)));
        for (int older = 1; older < e.revision(); older++) {
            cancellations.add(new Cancellation(Reminder.revisionKey(e.contractId(), older), null));
        }
        return new Plan(cancellations, List.of());
    }

    /** ACTIVE: every milestone's reminders and the first check-in's, except those with nothing left to say. */
    private Plan activated(SignedContract contract, Instant activatedAt, ZoneId zone, Instant occurredAt) {
        List<Reminder> reminders = new ArrayList<>();
        for (SignedContract.DueMilestone milestone : contract.milestones()) {
            reminders.addAll(milestoneDue(contract, milestone, zone));
        }
        if (contract.checkInEveryDays() != null) {
            LocalDate from = LocalDate.ofInstant(activatedAt, ZoneOffset.UTC);
            if (contract.start() != null && contract.start().isAfter(from)) {
                from = contract.start(); // the cadence counts from the start, as contract-service's deadline scan does
            }
            checkInDue(contract, from.plusDays(contract.checkInEveryDays()), zone).ifPresent(reminders::add);
        }
        return new Plan(List.of(), reminders.stream().filter(r -> !r.isStaleAt(occurredAt)).toList());
    }

    /**
     * A check-in recorded: the next one is due a cadence later and replaces the pending reminder. A check-in older
     * than the latest one known (a late redelivery) changes nothing.
     */
    private Plan checkedIn(SignedContract contract, CheckInRecorded e, ZoneId zone, Instant occurredAt) {
        if (contract == null || contract.checkInEveryDays() == null
                || (contract.lastCheckInAt() != null && contract.lastCheckInAt().isAfter(e.recordedAt()))) {
            return nothing();
        }
        LocalDate due = LocalDate.ofInstant(e.recordedAt(), ZoneOffset.UTC).plusDays(contract.checkInEveryDays());
        String next = Reminder.checkInDueId(contract.contractId(), due);
        return new Plan(List.of(new Cancellation(Reminder.checkInKey(contract.contractId()), next)),
                checkInDue(contract, due, zone).filter(r -> !r.isStaleAt(occurredAt)).stream().toList());
    }

    /**
     * One reminder per configured lead time, longest first. Each goes stale when the next one is due, and the last
     * when its due date is over, so a reminder that falls due late (scheduled late, or after downtime) is skipped
     * in favour of the one that still tells something.
     */
    private List<Reminder> milestoneDue(SignedContract contract, SignedContract.DueMilestone milestone, ZoneId zone) {
        List<Reminder> reminders = new ArrayList<>();
        for (int i = 0; i < milestoneRemindersBefore.size(); i++) {
            Duration before = milestoneRemindersBefore.get(i);
            Instant staleAfter = i + 1 < milestoneRemindersBefore.size()
                    ? reminderMoment(milestone.dueDate(), milestoneRemindersBefore.get(i + 1), zone)
                    : endOf(milestone.dueDate(), zone);
            reminders.add(new Reminder(Reminder.milestoneDueId(contract.contractId(), contract.revision(),
                    milestone.milestoneId(), before), ReminderKind.MILESTONE_DUE, contract.employeeId(), contract.contractId(),
                    milestone.milestoneId(), milestone.title(), milestone.dueDate(), null, contract.businessUnit(),
                    reminderMoment(milestone.dueDate(), before, zone),
                    Set.of(Reminder.contractKey(contract.contractId()),
                            Reminder.milestoneKey(contract.contractId(), milestone.milestoneId()),
                            Reminder.revisionKey(contract.contractId(), contract.revision())),
                    contract.title(), staleAfter));
        }
        return reminders;
    }

    /** The reminder of a check-in due on {@code due}; none after the contract's last day. */
    private Optional<Reminder> checkInDue(SignedContract contract, LocalDate due, ZoneId zone) {
        if (contract.end() != null && due.isAfter(contract.end())) {
            return Optional.empty();
        }
        return Optional.of(new Reminder(Reminder.checkInDueId(contract.contractId(), due), ReminderKind.CHECK_IN_DUE,
                contract.employeeId(), contract.contractId(), null, null, due, null, contract.businessUnit(),
                reminderMoment(due, checkInReminderBefore, zone),
                Set.of(Reminder.contractKey(contract.contractId()), Reminder.checkInKey(contract.contractId()),
                        Reminder.revisionKey(contract.contractId(), contract.revision())),
                contract.title(), endOf(due, zone)));
    }

    /** {@code before} ahead of the due date's {@code reminderTime} in the zone, whole days counted as calendar days. */
    private Instant reminderMoment(LocalDate due, Duration before, ZoneId zone) {
        long days = before.toDays();
        return due.atTime(reminderTime).atZone(zone).minusDays(days).minus(before.minusDays(days)).toInstant();
    }

    private static Instant endOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static ZoneId zoneOf(String employeeId, People people) {
        return people.find(employeeId).map(Person::zone).orElse(ZoneOffset.UTC);
    }

    private static Plan cancel(String key) {
        return new Plan(List.of(new Cancellation(key, null)), List.of());
    }

    private static Plan nothing() {
        return new Plan(List.of(), List.of());
    }

    private static String managerOf(String employeeId, String fromEvent, People people) {
        return fromEvent != null ? fromEvent : people.find(employeeId).map(Person::managerId).orElse(null);
    }
}
