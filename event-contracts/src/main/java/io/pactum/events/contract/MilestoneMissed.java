package io.pactum.events.contract;

import io.pactum.events.EventType;
import java.time.LocalDate;

/** A milestone passed its due date without being completed (published once per milestone). */
@EventType("pactum.contract.milestone-missed.v1")
public record MilestoneMissed(
        String contractId,
        String employeeId,
        String managerId,
        String milestoneId,
        String title,
        LocalDate dueDate,
        String businessUnit,
        int fiscalYear) implements ContractEvent {}
