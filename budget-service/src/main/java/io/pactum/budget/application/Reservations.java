package io.pactum.budget.application;

import io.pactum.budget.domain.BudgetAccount;
import io.pactum.budget.domain.ReservationOutcome;
import io.pactum.events.EventEnvelope;
import io.pactum.events.contract.ContractSigned;
import java.time.Clock;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * budget-service's side of the signing saga: a signed contract's cost is reserved, or declined with the
 * reason, in one conditional single-document write on the employee's account (unchanged since read, event
 * not yet applied). Concurrent reservations on one account retry on the fresh state, so a restrictive
 * account never goes below zero.
 */
@Service
public class Reservations {

    private static final int ATTEMPTS = 200;

    private final BudgetAccounts accounts;
    private final Clock clock;

    public Reservations(BudgetAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    public void handle(EventEnvelope event) {
        if (event.data() instanceof ContractSigned signed) {
            reserve(event.id(), signed);
        }
    }

    /** @return the outcome, or null when the event had been applied before */
    public ReservationOutcome reserve(String eventId, ContractSigned signed) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var stored = accounts.find(signed.employeeId(), signed.fiscalYear()).orElse(null);
            if (stored == null) {
                var declined = BudgetAccount.noAccount(signed.contractId(), signed.employeeId(), signed.revision(),
                        signed.fiscalYear(), signed.totalPlannedCost());
                accounts.recordDecisionWithoutAccount(eventId, List.of(declined));
                return new ReservationOutcome(false, declined.reason(), List.of(declined));
            }
            if (stored.appliedEventIds().contains(eventId)) {
                return null;
            }
            BudgetAccount account = stored.account();
            ReservationOutcome outcome = account.reserve(signed.contractId(), signed.revision(),
                    signed.totalPlannedCost(), eventId, clock.instant());
            if (accounts.update(stored, account, outcome.events(), eventId)) {
                return outcome;
            }
        }
        throw new OptimisticLockingFailureException("account of " + signed.employeeId() + " keeps changing");
    }
}
