package io.pactum.budget.domain;

import io.pactum.events.budget.BudgetEvent;
import io.pactum.events.budget.BudgetReservationDeclined;
import io.pactum.events.budget.BudgetReservationPendingApproval;
import io.pactum.events.budget.BudgetReserved;
import io.pactum.events.budget.BudgetThresholdReached;
import java.util.ArrayList;
import java.util.List;

/**
 * What an account answers to a signed contract, with the precondition under which that answer holds.
 * The decision is taken on the account as read; it may only be stored while its precondition still
 * holds, in one conditional write (otherwise it is taken again on the fresh account).
 */
public sealed interface FundingDecision {

    /** The events this decision publishes. */
    List<BudgetEvent> events();

    /**
     * Hold the contract's cost, replacing what an earlier revision of it held. Valid while the account's
     * available is still {@code availableSeen} (which covered the cost, for a restrictive account) and the
     * contract still holds {@code replaced} (or nothing): then the event's available-after is exact too.
     *
     * @param replaced the earlier revision's reservation, released in the same write, or null
     * @param entries    the RELEASE (when replacing) and RESERVATION ledger entries
     * @param thresholds the share of the allocation used crossed 80 or 100 percent with it
     */
    record Reserve(Reservation reservation, Reservation replaced, long availableSeen, List<LedgerEntry> entries,
                   BudgetReserved event, List<BudgetThresholdReached> thresholds) implements FundingDecision {

        public Reserve {
            entries = List.copyOf(entries);
            thresholds = List.copyOf(thresholds);
        }

        /** How much reserved grows (and available shrinks). */
        public long reservedChange() {
            return reservation.amountMinor() - (replaced == null ? 0 : replaced.amountMinor());
        }

        @Override
        public List<BudgetEvent> events() {
            List<BudgetEvent> events = new ArrayList<>();
            events.add(event);
            events.addAll(thresholds);
            return events;
        }
    }

    /** Refuse; no figure and no ledger entry changes. Valid while available is still {@code availableSeen}. */
    record Decline(long availableSeen, BudgetReservationDeclined event) implements FundingDecision {

        public DeclineReason reason() {
            return DeclineReason.valueOf(event.reason());
        }

        @Override
        public List<BudgetEvent> events() {
            return List.of(event);
        }
    }

    /**
     * Above the approval threshold: wait for an L&D admin; nothing is held yet.
     *
     * @param availableAtLeast what available must still be for the cost to fit (restrictive account), or null
     */
    record AwaitApproval(PendingApproval approval, Long availableAtLeast, BudgetReservationPendingApproval event)
            implements FundingDecision {

        @Override
        public List<BudgetEvent> events() {
            return List.of(event);
        }
    }

    /** This revision (or a newer one) of the contract was answered before: nothing to write. */
    record AlreadyAnswered(String why) implements FundingDecision {

        @Override
        public List<BudgetEvent> events() {
            return List.of();
        }
    }
}
