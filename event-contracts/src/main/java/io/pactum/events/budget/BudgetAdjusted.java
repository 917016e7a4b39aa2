package io.pactum.events.budget;

import io.pactum.events.EventType;
import io.pactum.events.Money;

/** A top-up (positive) or cut (negative) of an employee's budget, with a reason. */
@EventType("pactum.budget.adjusted.v1")
public record BudgetAdjusted(
        String employeeId,
        int fiscalYear,
        String businessUnit,
        Money amount,
        String reason,
        String actor) implements BudgetEvent {}
