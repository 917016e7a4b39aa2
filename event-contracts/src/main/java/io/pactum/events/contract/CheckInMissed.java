package io.pactum.events.contract;

import io.pactum.events.EventType;
import java.time.LocalDate;

/** A check-in due by the contract's cadence did not happen (published once per due date). */
@EventType("pactum.contract.check-in-missed.v1")
public record CheckInMissed(
        String contractId,
        String employeeId,
        String managerId,
        LocalDate dueDate,
        String businessUnit,
        int fiscalYear) implements ContractEvent {}
