package io.pactum.budget.domain;

/** The money held for one contract's signed revision. */
public record Reservation(int revision, long amountMinor) {
}
