package io.pactum.events.budget;

import io.pactum.events.EventType;
import io.pactum.events.Money;

/** An actual expense was booked against the contract's reservation. */
@EventType("pactum.budget.spent.v1")
public record BudgetSpent(
        String employeeId,
        String contractId,
        int fiscalYear,
        String businessUnit,
        Money amount,
        String supplier,
        String invoiceReference) implements BudgetEvent {}
