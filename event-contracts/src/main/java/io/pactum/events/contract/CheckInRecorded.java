package io.pactum.events.contract;

import io.pactum.events.EventType;
import java.time.Instant;

/** Employee and manager recorded a check-in. */
@EventType("pactum.contract.check-in-recorded.v1")
public record CheckInRecorded(
        String contractId,
        String employeeId,
        String checkInId,
        int progress,
        String recordedBy,
        Instant recordedAt,
        String businessUnit,
        int fiscalYear) implements ContractEvent {}
