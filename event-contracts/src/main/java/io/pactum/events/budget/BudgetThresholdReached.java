package io.pactum.events.budget;

import io.pactum.events.EventType;

/** An account's use (reserved + spent) reached 80% or 100% of its allocation. */
@EventType("pactum.budget.threshold-reached.v1")
public record BudgetThresholdReached(
        String employeeId,
        int fiscalYear,
        String businessUnit,
        int percent) implements BudgetEvent {}
