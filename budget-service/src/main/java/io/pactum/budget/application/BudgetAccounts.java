package io.pactum.budget.application;

import io.pactum.budget.domain.BudgetAccount;
import io.pactum.budget.domain.FundingDecision;
import io.pactum.events.budget.BudgetEvent;
import io.pactum.events.budget.BudgetReservationDeclined;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where budget accounts live. Every change is ONE single-document write carrying the events it causes;
 * no write spans two documents.
 */
public interface BudgetAccounts {

    Optional<Stored> find(String employeeId, int fiscalYear);

    /**
     * Inserts a new account with its first ledger entry and its events. The account's key is
     * (employee, fiscal year), so concurrent openings create it once.
     *
     * @return false when the account already exists
     */
    boolean open(BudgetAccount account, List<BudgetEvent> events);

    /**
     * Stores a funding decision the account took, in one conditional write that also records
     * {@code eventId}: it applies only while the event is not yet applied and the decision's
     * precondition still holds.
     *
     * @return false when it did not apply (the account changed, or the event was applied meanwhile)
     */
    boolean store(BudgetAccount account, FundingDecision decision, String eventId);

    /** Keeps the answer to a signed contract of someone without an account, once per causing event. */
    void storeWithoutAccount(String eventId, BudgetReservationDeclined declined);

    /** True when the event was answered without an account (the account may have been opened since). */
    boolean answeredWithoutAccount(String eventId);

    long count(String businessUnit, int fiscalYear);

    /** An account as read, with its version and the inbound events already applied to it. */
    record Stored(BudgetAccount account, long version, Set<String> appliedEventIds) {
    }
}
