package io.pactum.events.budget;

import io.pactum.events.EventType;
import io.pactum.events.Money;

/** The unspent reservation of a completed, failed or cancelled contract went back to available. */
@EventType("pactum.budget.released.v1")
public record BudgetReleased(
        String employeeId,
        String contractId,
        int fiscalYear,
        String businessUnit,
        Money amount) implements BudgetEvent {}
