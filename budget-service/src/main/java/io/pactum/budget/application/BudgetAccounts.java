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

    /**
     * Keeps the answer to a signed contract of someone without an account, once per causing event.
     *
     * @return false when the event was answered before
     */
    boolean storeWithoutAccount(String eventId, BudgetReservationDeclined declined);

    /** True when the event was answered without an account (the account may have been opened since). */
    boolean answeredWithoutAccount(String eventId);

    /**
     * Stores a change made on an account as read ({@code seen}), in one write that applies only while the
     * account is still at the version read (and, when {@code eventId} is given, the event is not yet applied):
     * the figures, reservations and approvals as they are now, the change's ledger entries and its events.
     *
     * @return false when the account changed meanwhile (read again and retry) or the event was applied
     */
    boolean save(Stored seen, BudgetAccount.Change change, String eventId);

    /** The account on which an approval waits. */
    Optional<Stored> findByApproval(String approvalId);

    /** The accounts of these business units with approvals waiting, oldest request first within each. */
    List<BudgetAccount> withPendingApprovals(Set<String> businessUnits);

    /** Every account of a business unit and fiscal year (figures only; ledgers are not needed for sums). */
    List<BudgetAccount> ofUnit(String businessUnit, int fiscalYear);

    /** Every account of a business unit and fiscal year with its ledger, by employee. */
    List<BudgetAccount> ofUnitWithLedgers(String businessUnit, int fiscalYear);

    long count(String businessUnit, int fiscalYear);

    /** An account as read, with its version and the inbound events already applied to it. */
    record Stored(BudgetAccount account, long version, Set<String> appliedEventIds) {
    }
}
