package io.pactum.notification.domain;

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
 * @param awaiting who still has to act (the unsigned party), or null
 */
public record Reminder(String id, ReminderKind kind, String employeeId, String contractId, String milestoneId,
                       String title, LocalDate dueDate, String awaiting, String businessUnit, Instant dueAt,
                       Set<String> cancelKeys) {

    public Reminder {
        cancelKeys = Set.copyOf(cancelKeys);
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

    /** What it says when it is due, to whom the directory says now (reporting lines may have changed). */
    public Optional<Notice> noticeWhenDue(People people) {
        String employee = people.find(employeeId).map(Person::name).orElse(employeeId);
        return switch (kind) {
            case SIGNATURE_PENDING -> awaiting == null ? Optional.empty() : Optional.of(new Notice(id, Category.SIGNATURE,
                    "signature-reminder", employeeId, NoticeRules.facts("contractId", contractId, "employee", employee),
                    List.of(awaiting)));
            case APPROVAL_PENDING -> Optional.of(new Notice(id, Category.FUNDING, "approval-reminder", employeeId,
                    NoticeRules.facts("contractId", contractId, "employee", employee), people.learningAdminsOf(businessUnit)));
            case MILESTONE_ESCALATION -> {
                List<String> recipients = new ArrayList<>();
                people.find(employeeId).map(Person::managerId).flatMap(people::find).map(Person::managerId)
                        .ifPresent(recipients::add);
                recipients.addAll(people.learningAdminsOf(businessUnit));
                yield Optional.of(new Notice(id, Category.MILESTONE, "milestone-escalation", employeeId,
                        NoticeRules.facts("contractId", contractId, "milestone", title, "dueDate", dueDate,
                                "employee", employee), recipients));
            }
        };
    }
}
