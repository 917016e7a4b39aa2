package io.pactum.notification.domain;

import io.pactum.events.contract.ContractSigned;
import io.pactum.events.contract.PlannedActivity;
import io.pactum.events.contract.PlannedMilestone;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What this service remembers of a contract's latest signed revision, from ContractSigned until the contract is
 * ACTIVE and after: the milestones with their due dates and the check-in cadence its reminders are scheduled from.
 *
 * @param checkInEveryDays the cadence, or null when the event did not carry it
 * @param start            the first activity's start (no check-in is due before it), or null when unknown
 * @param end              the last activity's end (no check-in is due after it), or null when unknown
 * @param lastCheckInAt    the latest check-in recorded, or null
 */
public record SignedContract(String contractId, String employeeId, int revision, String title, String businessUnit,
                             List<DueMilestone> milestones, Integer checkInEveryDays, LocalDate start, LocalDate end,
                             Instant lastCheckInAt) {

    /** A milestone of the signed revision. */
    public record DueMilestone(String milestoneId, String title, LocalDate dueDate) {
    }

    public SignedContract {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    /** The terms a ContractSigned carries; one published before the terms were added gives none. */
    public static SignedContract of(ContractSigned e) {
        List<PlannedMilestone> planned = e.milestones() == null ? List.of() : e.milestones();
        List<PlannedActivity> activities = e.activities() == null ? List.of() : e.activities();
        return new SignedContract(e.contractId(), e.employeeId(), e.revision(), e.title(), e.businessUnit(),
                planned.stream().filter(m -> m.dueDate() != null)
                        .map(m -> new DueMilestone(m.milestoneId(), m.title(), m.dueDate())).toList(),
                e.checkInEveryDays(),
                activities.stream().map(PlannedActivity::start).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null),
                activities.stream().map(PlannedActivity::end).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null),
                null);
    }

    /** How notices name the contract: its title, or its id when the title is unknown. */
    public String name() {
        return title == null || title.isBlank() ? contractId : title;
    }
}
