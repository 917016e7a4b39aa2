package io.pactum.budget.domain;

/** Why a signed contract's cost was not reserved; stable codes on {@code BudgetReservationDeclined}. */
public enum DeclineReason {
    INSUFFICIENT_FUNDS, CURRENCY_MISMATCH, NO_BUDGET_ACCOUNT, APPROVAL_DECLINED, YEAR_CLOSED
}
