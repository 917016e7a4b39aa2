package io.pactum.budget.domain;

/**
 * The money held for one contract, at the revision that was signed last.
 *
 * @param amountMinor what is still held (spending draws it down first)
 * @param closed      the contract ended (completed, failed or cancelled): its rest was released, and it
 *                    takes no more expenses and no more funding
 */
public record Reservation(String contractId, int revision, long amountMinor, Boolean closed) {

    /** Reservations stored before contracts could end have no {@code closed}: they are open. */
    public Reservation {
        closed = Boolean.TRUE.equals(closed);
    }

    public Reservation(String contractId, int revision, long amountMinor) {
        this(contractId, revision, amountMinor, false);
    }

    Reservation drawnDownBy(long minor) {
        return new Reservation(contractId, revision, amountMinor - minor, closed);
    }

    Reservation closedNow() {
        return new Reservation(contractId, revision, 0, true);
    }
}
