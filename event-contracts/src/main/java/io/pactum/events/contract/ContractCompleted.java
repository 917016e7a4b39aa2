package io.pactum.events.contract;

import io.pactum.events.EventType;
import java.time.Instant;
import java.util.List;

/** The assessment was ACHIEVED; carries the achieved level per objective. */
@EventType("pactum.contract.completed.v1")
public record ContractCompleted(
        String contractId,
        String employeeId,
        int revision,
        List<ObjectiveResult> objectiveResults,
        String businessUnit,
        int fiscalYear,
        Instant completedAt) implements ContractEvent {

    public ContractCompleted {
        objectiveResults = objectiveResults == null ? null : List.copyOf(objectiveResults);
    }
}
