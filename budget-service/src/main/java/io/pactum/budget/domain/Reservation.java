package io.pactum.budget.domain;

/** The money held for one contract, at the revision that was signed last. */
public record Reservation(String contractId, int revision, long amountMinor) {
}
