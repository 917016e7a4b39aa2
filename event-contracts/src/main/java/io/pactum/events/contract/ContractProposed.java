package io.pactum.events.contract;

import io.pactum.events.EventType;
import io.pactum.events.Money;

/** A party proposed the contract for signature. */
@EventType("pactum.contract.proposed.v1")
public record ContractProposed(
        String contractId,
        String employeeId,
        String managerId,
        int revision,
        String proposedBy,
        String businessUnit,
        int fiscalYear,
        Money totalPlannedCost) implements ContractEvent {}
