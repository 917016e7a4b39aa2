package io.pactum.events.budget;

import io.pactum.events.EventType;
import io.pactum.events.Money;

/**
 * The reservation was refused; the contract becomes FUNDING_DECLINED.
 *
 * @param reason a stable code: INSUFFICIENT_FUNDS, NO_BUDGET_ACCOUNT, CURRENCY_MISMATCH, APPROVAL_DECLINED, YEAR_CLOSED
 * @param message the reason in words, for people
 */
@EventType("pactum.budget.reservation-declined.v1")
public record BudgetReservationDeclined(
        String contractId,
        String employeeId,
        int revision,
        int fiscalYear,
        String reason,
        String message,
        Money available,
        Money requested) implements BudgetEvent {
}
