package io.pactum.budget.domain;

/** Why a signed contract's cost was not reserved; the stable codes of {@code BudgetReservationDeclined.reason}. */
public enum DeclineReason {
    INSUFFICIENT_FUNDS, NO_BUDGET_ACCOUNT, CURRENCY_MISMATCH
}
