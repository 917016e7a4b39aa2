package io.pactum.events.budget;

import io.pactum.events.EventType;
import io.pactum.events.Money;

/** An annual allocation was credited to an employee's budget account. */
@EventType("pactum.budget.allocated.v1")
public record BudgetAllocated(
        String employeeId,
        int fiscalYear,
        String businessUnit,
        Money amount,
        String actor) implements BudgetEvent {}
