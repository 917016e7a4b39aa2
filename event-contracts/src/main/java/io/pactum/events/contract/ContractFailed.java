package io.pactum.events.contract;

import io.pactum.events.EventType;
import java.time.Instant;

/** The assessment was NOT_ACHIEVED. */
@EventType("pactum.contract.failed.v1")
public record ContractFailed(
        String contractId,
        String employeeId,
        int revision,
        String businessUnit,
        int fiscalYear,
        Instant failedAt) implements ContractEvent {}
