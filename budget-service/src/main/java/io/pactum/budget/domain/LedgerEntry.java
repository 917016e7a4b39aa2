package io.pactum.budget.domain;

import java.time.Instant;

/**
 * One line of an account's append-only ledger, naming its cause. The ledger explains every figure:
 * allocated = Σ ALLOCATION + ADJUSTMENT, reserved = Σ RESERVATION − Σ RELEASE, spent = Σ SPEND.
 *
 * @param amountMinor what the kind adds to its figure, in the account's currency (an ADJUSTMENT may be negative)
 * @param eventId     the inbound event that caused it, or null for a command
 */
public record LedgerEntry(String entryId, Kind kind, long amountMinor, String contractId, Integer revision, String eventId,
                          String actor, String reason, Instant at) {

    public enum Kind {
        ALLOCATION, ADJUSTMENT, RESERVATION, RELEASE, SPEND
    }
}
