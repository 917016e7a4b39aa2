package io.pactum.contract.application;

import io.pactum.contract.domain.LearningContract;
import io.pactum.events.EventEnvelope;
import io.pactum.events.budget.BudgetReservationDeclined;
import io.pactum.events.budget.BudgetReservationPendingApproval;
import io.pactum.events.budget.BudgetReserved;
import io.pactum.events.contract.ContractEvent;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The contract's side of the signing saga: budget-service's answer moves the signed contract to ACTIVE,
 * FUNDING_PENDING_APPROVAL or FUNDING_DECLINED. Each answer is applied once: its event id is recorded in
 * the same conditional write as the status change, also when the answer is for an older revision and
 * changes nothing else.
 */
@Service
public class FundingOutcomes {

    private static final int ATTEMPTS = 5;

    private final ContractRepository contracts;
    private final Clock clock;

    public FundingOutcomes(ContractRepository contracts, Clock clock) {
        this.contracts = contracts;
        this.clock = clock;
    }

    public void handle(EventEnvelope event) {
        switch (event.data()) {
            case BudgetReserved reserved -> apply(event.id(), reserved.contractId(), contract ->
                    contract.fundingReserved(reserved.revision(), reserved.amount(), reserved.available(), clock.instant()));
            case BudgetReservationDeclined declined -> apply(event.id(), declined.contractId(), contract ->
                    contract.fundingDeclined(declined.revision(), declined.reason(), declined.message(),
                            declined.available(), declined.requested(), clock.instant()));
            case BudgetReservationPendingApproval pending -> apply(event.id(), pending.contractId(), contract ->
                    contract.fundingPendingApproval(pending.revision(), pending.approvalId(), pending.requested(),
                            pending.threshold(), clock.instant()));
            default -> {
            }
        }
    }

    private void apply(String eventId, String contractId, Function<LearningContract, List<ContractEvent>> step) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            ContractRepository.Stored stored = contracts.find(contractId).orElse(null);
            if (stored == null || stored.appliedEventIds().contains(eventId)) {
                return; // not a contract of ours, or a redelivery
            }
            List<ContractEvent> events = step.apply(stored.contract());
            if (contracts.update(stored, stored.contract(), events, eventId)) {
                return;
            }
        }
        // the binder retries a bounded number of times, then dead-letters
        throw new OptimisticLockingFailureException("contract " + contractId + " kept changing while applying " + eventId);
    }
}
