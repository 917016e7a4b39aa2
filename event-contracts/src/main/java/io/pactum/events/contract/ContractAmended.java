package io.pactum.events.contract;

import io.pactum.events.EventType;
import io.pactum.events.Money;
import java.util.List;

/** The contract was changed after proposal: a new revision, both signatures cleared. */
@EventType("pactum.contract.amended.v1")
public record ContractAmended(
        String contractId,
        String employeeId,
        int revision,
        String amendedBy,
        List<String> changedFields,
        String businessUnit,
        int fiscalYear,
        Money totalPlannedCost) implements ContractEvent {

    public ContractAmended {
        changedFields = changedFields == null ? null : List.copyOf(changedFields);
    }
}
