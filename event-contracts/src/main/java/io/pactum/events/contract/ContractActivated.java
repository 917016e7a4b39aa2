package io.pactum.events.contract;

import io.pactum.events.EventType;
import java.time.Instant;

/** The budget was reserved; the contract is ACTIVE. */
@EventType("pactum.contract.activated.v1")
public record ContractActivated(
        String contractId,
        String employeeId,
        int revision,
        String businessUnit,
        int fiscalYear,
        Instant activatedAt) implements ContractEvent {}
