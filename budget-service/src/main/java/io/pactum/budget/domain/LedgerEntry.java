package io.pactum.budget.domain;

import java.time.Instant;

/**
 * One line of an account's append-only ledger, naming its cause.
 *
 * @param amountMinor positive for what the kind adds (an allocation, a reservation), in the account's currency
 */
public record LedgerEntry(String id, Kind kind, long amountMinor, String contractId, Integer revision, String eventId,
                          String actor, String reason, Instant at) {

    public enum Kind {
        ALLOCATION, ADJUSTMENT, RESERVATION, RELEASE, SPEND, REFUND, CARRY_OVER, EXPIRY
    }
}
