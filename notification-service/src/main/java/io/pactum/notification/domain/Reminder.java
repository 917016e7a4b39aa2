package io.pactum.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A notice due later. Its id is derived from its cause, so scheduling it twice keeps one; it is cancelled
 * by any event that carries one of its {@code cancelKeys} (the milestone completed, the contract signed,
 * cancelled or ended).
 *
 * @param awaiting      who still has to act (the unsigned party), or null
 * @param contractTitle the contract's title as signed, or null when unknown
 * @param staleAfter    from this moment on it would tell nothing useful any more (a later reminder of the same
 *                      milestone is due, or the due date has passed): it is skipped rather than sent; null for never
 */
public record Reminder(String id, ReminderKind kind, String employeeId, String contractId, String milestoneId,
                       String title, LocalDate dueDate, String awaiting, String businessUnit, Instant dueAt,
                       Set<String> cancelKeys, String contractTitle, Instant staleAfter) {

    public Reminder {
        cancelKeys = Set.copyOf(cancelKeys);
    }

    /** A reminder that never goes stale and names no contract title. */
    public Reminder(String id, ReminderKind kind, String employeeId, String contractId, String milestoneId, String title,
                    LocalDate dueDate, String awaiting, String businessUnit, Instant dueAt, Set<String> cancelKeys) {
        this(id, kind, employeeId, contractId, milestoneId, title, dueDate, awaiting, businessUnit, dueAt, cancelKeys, null, null);
    }

    public static String contractKey(String contractId) {
        return "contract:" + contractId;
    }

    public static String signatureKey(String contractId) {
        return "signature:" + contractId;
    }

    public static String approvalKey(String contractId) {
        return "approval:" + contractId;
    }

    public static String milestoneKey(String contractId, String milestoneId) {
        return "milestone:" + contractId + ":" + milestoneId;
    }

    /** Held by the reminders scheduled from one signed revision; a newer revision signed cancels them. */
    public static String revisionKey(String contractId, int revision) {
        return "revision:" + contractId + ":" + revision;
    }

    /** Held by the contract's next check-in reminder; a check-in recorded replaces it. */
    public static String checkInKey(String contractId) {
        return "check-in:" + contractId;
    }

    public static String milestoneDueId(String contractId, int revision, String milestoneId, Duration before) {
        return "milestone-due:" + contractId + ":" + revision + ":" + milestoneId + ":" + before;
    }

    public static String checkInDueId(String contractId, LocalDate dueDate) {
        return "check-in-due:" + contractId + ":" + dueDate;
    }

    /** True when sending it at {@code now} would tell nothing useful any more. */
    public boolean isStaleAt(Instant now) {
        return staleAfter != null && !now.isBefore(staleAfter);
    }

    /** What it says when it is due, to whom the directory says now (reporting lines may have changed). */
    public Optional<Notice> noticeWhenDue(People people) {
        String employee = people.find(employeeId).map(Person::name).orElse(employeeId);
        String contract = contractTitle == null || contractTitle.isBlank() ? contractId : contractTitle;
        return switch (kind) {
            case SIGNATURE_PENDING -> awaiting == null ? Optional.empty() : Optional.of(new Notice(id, Category.SIGNATURE,
                    "signature-reminder", employeeId, NoticeRules.facts("contractId", contractId, "employee", employee),
                    List.of(awaiting)));
            case APPROVAL_PENDING -> Optional.of(new Notice(id, Category.FUNDING, "approval-reminder", employeeId,
                    NoticeRules.facts("contractId", contractId, "employee", employee), people.learningAdminsOf(businessUnit),
                    businessUnit));
            case MILESTONE_ESCALATION -> {
                List<String> recipients = new ArrayList<>();
                people.find(employeeId).map(Person::managerId).flatMap(people::find).map(Person::managerId)
                        .ifPresent(recipients::add);
                recipients.addAll(people.learningAdminsOf(businessUnit));
                yield Optional.of(new Notice(id, Category.MILESTONE, "milestone-escalation", employeeId,
                        NoticeRules.facts("contractId", contractId, "milestone", title, "dueDate", dueDate,
                                "employee", employee), recipients, businessUnit));
            }
            case MILESTONE_DUE -> Optional.of(new Notice(id, Category.MILESTONE, "milestone-due", employeeId,
                    NoticeRules.facts("contractId", contractId, "contract", contract, "milestone", title, "dueDate", dueDate,
                            "employee", employee), employeeAndManager(people)));
            case CHECK_IN_DUE -> Optional.of(new Notice(id, Category.CHECK_IN, "check-in-due", employeeId,
                    NoticeRules.facts("contractId", contractId, "contract", contract, "dueDate", dueDate, "employee", employee),
                    employeeAndManager(people)));
        };
    }

    private List<String> employeeAndManager(People people) {
        List<String> recipients = new ArrayList<>(List.of(employeeId));
        people.find(employeeId).map(Person::managerId).ifPresent(recipients::add);
        return recipients;
    }
}
