package io.pactum.budget.application;

import io.pactum.events.EventEnvelope;
import io.pactum.events.contract.ContractCancelled;
import io.pactum.events.contract.ContractCompleted;
import io.pactum.events.contract.ContractFailed;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * A contract that ends — completed, failed or cancelled — gives back what its reservation still holds
 * (RELEASE, BudgetReleased), in one write with the event id, so a redelivery changes nothing.
 */
@Service
public class ContractEndings {

    private final BudgetAccounts accounts;
    private final AccountChanges changes;
    private final Clock clock;

    public ContractEndings(BudgetAccounts accounts, AccountChanges changes, Clock clock) {
        this.accounts = accounts;
        this.changes = changes;
        this.clock = clock;
    }

    /** @return true when the event was an ending this service acts on */
    public boolean handle(EventEnvelope event) {
        switch (event.data()) {
            case ContractCompleted done -> end(event.id(), done.employeeId(), done.fiscalYear(), done.contractId(), "contract completed");
            case ContractFailed failed -> end(event.id(), failed.employeeId(), failed.fiscalYear(), failed.contractId(), "contract failed");
            case ContractCancelled cancelled -> end(event.id(), cancelled.employeeId(), cancelled.fiscalYear(),
                    cancelled.contractId(), "contract cancelled: " + cancelled.reason());
            default -> {
                return false;
            }
        }
        return true;
    }

    private void end(String eventId, String employeeId, int fiscalYear, String contractId, String why) {
        if (accounts.find(employeeId, fiscalYear).isEmpty()) {
            return; // no budget was ever involved
        }
        changes.apply(() -> accounts.find(employeeId, fiscalYear).orElseThrow(), eventId,
                (account, policy) -> account.close(contractId, why, eventId, clock.instant()));
    }
}
