package io.pactum.events.budget;

import io.pactum.events.EventType;
import io.pactum.events.Money;

/** The contract's planned cost is reserved against the employee's budget; the contract may go ACTIVE. */
@EventType("pactum.budget.reserved.v1")
public record BudgetReserved(
        String contractId,
        String employeeId,
        int revision,
        int fiscalYear,
        Money amount,
        Money available) implements BudgetEvent {
}
