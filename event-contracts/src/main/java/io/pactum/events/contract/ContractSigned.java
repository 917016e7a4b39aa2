package io.pactum.events.contract;

import io.pactum.events.EventType;
import io.pactum.events.Money;
import java.time.Instant;
import java.util.List;

/**
 * Both parties signed the same revision; budget-service reserves {@code totalPlannedCost}. The optional
 * fields carry the signed terms for readers that keep their own view of them (reminders, analytics);
 * events published before they existed leave them out.
 *
 * @param templateId the contract template the contract was started from, if any
 * @param checkInEveryDays the agreed check-in cadence in days
 */
@EventType("pactum.contract.signed.v1")
public record ContractSigned(
        String contractId,
        String employeeId,
        String managerId,
        int revision,
        Money totalPlannedCost,
        int fiscalYear,
        String businessUnit,
        Instant signedAt,
        String title,
        String templateId,
        List<PlannedObjective> objectives,
        List<PlannedActivity> activities,
        List<PlannedMilestone> milestones,
        Integer checkInEveryDays) implements ContractEvent {

    public ContractSigned {
        objectives = objectives == null ? null : List.copyOf(objectives);
        activities = activities == null ? null : List.copyOf(activities);
        milestones = milestones == null ? null : List.copyOf(milestones);
    }

    /** Only the fields every version carried: no terms. */
    public ContractSigned(String contractId, String employeeId, String managerId, int revision, Money totalPlannedCost,
                          int fiscalYear, String businessUnit, Instant signedAt) {
        this(contractId, employeeId, managerId, revision, totalPlannedCost, fiscalYear, businessUnit, signedAt,
                null, null, null, null, null, null);
    }
}
