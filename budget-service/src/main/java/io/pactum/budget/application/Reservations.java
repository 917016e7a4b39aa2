package io.pactum.budget.application;

import io.pactum.budget.domain.BudgetAccount;
import io.pactum.budget.domain.BudgetPolicy;
import io.pactum.budget.domain.FundingDecision;
import io.pactum.events.EventEnvelope;
import io.pactum.events.contract.ContractSigned;
import java.time.Clock;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * budget-service's side of the signing saga. A signed contract is answered — reserved, declined with the
 * reason, or sent for approval — in ONE conditional single-document write on the employee's account that
 * also records the event id, so a redelivered event changes nothing. The decision is taken on the account
 * as read and the write applies only while that decision still holds; when another write got there first,
 * it is taken again on the fresh account. So a restrictive account never goes below zero.
 */
@Service
public class Reservations {

    /** Far more than contention on one account ever needs; then the binder retries the event. */
    private static final int ATTEMPTS = 1_000;

    private final BudgetAccounts accounts;
    private final BudgetPolicies policies;
    private final Clock clock;
    private final FundingOutcomes outcomes;

    public Reservations(BudgetAccounts accounts, BudgetPolicies policies, Clock clock, FundingOutcomes outcomes) {
        this.accounts = accounts;
        this.policies = policies;
        this.clock = clock;
        this.outcomes = outcomes;
    }

    /** The consumer's entry point for {@code pactum.contracts}; other contract events are not the budget's concern. */
    public void handle(EventEnvelope event) {
        if (event.data() instanceof ContractSigned signed) {
            fund(event.id(), signed);
        }
    }

    FundingDecision fund(String eventId, ContractSigned signed) {
        var stored = accounts.find(signed.employeeId(), signed.fiscalYear()).orElse(null);
        if (stored == null) {
            var declined = BudgetAccount.noAccount(signed.contractId(), signed.employeeId(), signed.revision(),
                    signed.fiscalYear(), signed.totalPlannedCost());
            if (accounts.storeWithoutAccount(eventId, declined)) {
                outcomes.count("declined");
            }
            return new FundingDecision.Decline(0, declined);
        }
        if (stored.appliedEventIds().contains(eventId) || accounts.answeredWithoutAccount(eventId)) {
            return new FundingDecision.AlreadyAnswered("event " + eventId + " was applied before");
        }
        BudgetPolicy policy = policies.find(stored.account().businessUnit(), signed.fiscalYear()).orElseThrow(
                () -> new IllegalStateException("no policy for the account of " + signed.employeeId()));
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            BudgetAccount account = stored.account();
            FundingDecision decision = account.fund(signed.contractId(), signed.revision(), signed.totalPlannedCost(),
                    policy, eventId, clock.instant());
            if (decision instanceof FundingDecision.AlreadyAnswered) {
                return decision;
            }
            if (accounts.store(account, decision, eventId)) {
                outcomes.count(decision);
                return decision;
            }
            stored = accounts.find(signed.employeeId(), signed.fiscalYear()).orElseThrow();
            if (stored.appliedEventIds().contains(eventId)) {
                return new FundingDecision.AlreadyAnswered("event " + eventId + " was applied meanwhile");
            }
        }
        throw new OptimisticLockingFailureException("the account of " + signed.employeeId() + " keeps changing");
    }
}
