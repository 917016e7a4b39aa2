package io.pactum.events.contract;

import io.pactum.events.EventType;
import io.pactum.events.Money;
import java.time.Instant;

/** Both parties signed the same revision; budget-service reserves {@code totalPlannedCost}. */
@EventType("pactum.contract.signed.v1")
public record ContractSigned(
        String contractId,
        String employeeId,
        String managerId,
        int revision,
        Money totalPlannedCost,
        int fiscalYear,
        String businessUnit,
        Instant signedAt) implements ContractEvent {
}
