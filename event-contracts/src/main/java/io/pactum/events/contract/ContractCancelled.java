package io.pactum.events.contract;

import io.pactum.events.EventType;
import java.time.Instant;

/** A party cancelled the contract with a reason. */
@EventType("pactum.contract.cancelled.v1")
public record ContractCancelled(
        String contractId,
        String employeeId,
        String reason,
        String cancelledBy,
        String businessUnit,
        int fiscalYear,
        Instant cancelledAt) implements ContractEvent {}
