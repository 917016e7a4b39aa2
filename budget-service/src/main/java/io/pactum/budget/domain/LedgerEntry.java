package io.pactum.budget.domain;

import java.time.Instant;

/**
 * One line of an account's append-only ledger, naming its cause. The ledger explains every figure:
 * allocated = Σ ALLOCATION + ADJUSTMENT + CARRY_OVER − EXPIRY, reserved = Σ RESERVATION − Σ RELEASE, spent = Σ SPEND − Σ REFUND.
 *
 * @param amountMinor what the kind adds to its figure, in the account's currency (an ADJUSTMENT may be negative)
 * @param eventId     the inbound event that caused it, or null for a command
 * @param reference   the supplier's invoice reference of a SPEND and of the REFUND against it, else null
 */
public record LedgerEntry(String entryId, Kind kind, long amountMinor, String contractId, Integer revision, String eventId,
                          String actor, String reason, Instant at, String reference) {

    public LedgerEntry(String entryId, Kind kind, long amountMinor, String contractId, Integer revision, String eventId,
                       String actor, String reason, Instant at) {
        this(entryId, kind, amountMinor, contractId, revision, eventId, actor, reason, at, null);
    }

    public enum Kind {
        ALLOCATION, ADJUSTMENT, RESERVATION, RELEASE, SPEND, REFUND, CARRY_OVER, EXPIRY
    }
}
