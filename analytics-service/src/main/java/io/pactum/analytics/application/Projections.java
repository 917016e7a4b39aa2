package io.pactum.analytics.application;

import io.pactum.analytics.domain.ContractFacts;
import io.pactum.analytics.domain.BudgetAccountFacts;
import io.pactum.analytics.domain.Tally;
import io.pactum.events.EventEnvelope;
import io.pactum.events.budget.BudgetAdjusted;
import io.pactum.events.budget.BudgetAllocated;
import io.pactum.events.budget.BudgetReleased;
import io.pactum.events.budget.BudgetReservationPendingApproval;
import io.pactum.events.budget.BudgetReserved;
import io.pactum.events.budget.BudgetSpent;
import io.pactum.events.competency.CompetencyLevelChanged;
import io.pactum.events.competency.RoleProfileChanged;
import io.pactum.events.contract.ContractEvent;
import io.pactum.events.contract.ContractTemplatePublished;
import io.pactum.events.workforce.EmployeeDeactivated;
import io.pactum.events.workforce.EmployeeUpserted;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies events to the read models, idempotently. An event changes a fact document (a contract, a budget
 * account, a person) in ONE conditional write that records the event id together with the facts and the change
 * the event makes to the buckets; then each bucket takes that change once (conditional on the source partition's
 * offset) and the change is cleared from the document. A redelivered event finds its id and changes nothing; one
 * whose bucket changes were cut short (a crash, a retry) finds them still in the document and finishes them.
 * A budget event about a contract changes two documents (the account and the contract), each write safe on its own.
 */
public class Projections {

    private static final Logger log = LoggerFactory.getLogger(Projections.class);
    private static final int ATTEMPTS = 20;

    private final ReadModelStore store;
    private final Generations generations;

    public Projections(ReadModelStore store, Generations generations) {
        this.store = store;
        this.generations = generations;
    }

    /** A live event: applied to the generation being read. */
    public void apply(EventEnvelope event, EventPosition position) {
        generations.live(generation -> applyTo(generation, event, position));
    }

    /** Applies an event to the given generation (live, or a rebuild's new one). */
    public void applyTo(int generation, EventEnvelope event, EventPosition position) {
        switch (event.data()) {
            case ContractEvent e -> change(generation, FactKind.CONTRACT, e.contractId(), event, position);
            case ContractTemplatePublished e -> store.saveTemplate(generation, e.templateId(), e.title(), e.businessUnit());
            case BudgetAllocated e -> change(generation, FactKind.ACCOUNT, BudgetAccountFacts.idOf(e.employeeId(), e.fiscalYear()), event, position);
            case BudgetAdjusted e -> change(generation, FactKind.ACCOUNT, BudgetAccountFacts.idOf(e.employeeId(), e.fiscalYear()), event, position);
            case BudgetReserved e -> {
                change(generation, FactKind.ACCOUNT, BudgetAccountFacts.idOf(e.employeeId(), e.fiscalYear()), event, position);
                change(generation, FactKind.CONTRACT, e.contractId(), event, position);
            }
            case BudgetSpent e -> {
                change(generation, FactKind.ACCOUNT, BudgetAccountFacts.idOf(e.employeeId(), e.fiscalYear()), event, position);
                change(generation, FactKind.CONTRACT, e.contractId(), event, position);
            }
            case BudgetReleased e -> {
                change(generation, FactKind.ACCOUNT, BudgetAccountFacts.idOf(e.employeeId(), e.fiscalYear()), event, position);
                change(generation, FactKind.CONTRACT, e.contractId(), event, position);
            }
            case BudgetReservationPendingApproval e -> change(generation, FactKind.CONTRACT, e.contractId(), event, position);
            case CompetencyLevelChanged e -> change(generation, FactKind.EMPLOYEE, e.employeeId(), event, position);
            case RoleProfileChanged e when e.requirements() != null ->
                    store.saveRoleProfile(generation, e.jobRole(), e.version(), e.requirements());
            case EmployeeUpserted e -> change(generation, FactKind.EMPLOYEE, e.employeeId(), event, position);
            case EmployeeDeactivated e -> change(generation, FactKind.EMPLOYEE, e.employeeId(), event, position);
            default -> {
                // other events (notifications, declined reservations, thresholds) only count as seen
            }
        }
        store.countEvent(generation, position, event.time() == null ? Instant.EPOCH : event.time().toInstant());
    }

    private <F> void change(int generation, FactKind<F> kind, String id, EventEnvelope event, EventPosition position) {
        String source = kind.name() + "@" + position.partitionName();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<StoredFacts<F>> stored = store.find(generation, kind, id);
            if (stored.isPresent() && stored.get().applied(event.id())) {
                // applied before: finish what the write left for the buckets (a crash or a retry cut it short)
                stored.get().pending().stream().filter(p -> p.eventId().equals(event.id()))
                        .forEach(p -> finish(generation, kind, id, p));
                return;
            }
            F before = stored.map(StoredFacts::facts).orElseGet(() -> kind.empty().apply(id));
            F after = kind.apply().apply(before, event);
            Tally delta = kind.contribution().apply(after).minus(kind.contribution().apply(before));
            RollupChange change = delta.isEmpty() ? null : new RollupChange(event.id(), source, position.offset(), delta);
            boolean written;
            if (stored.isEmpty()) {
                if (after instanceof ContractFacts contract && contract.employeeId() != null) {
                    // before the contract exists, so a team's contracts are always found (adding twice changes nothing)
                    store.linkContract(generation, contract.employeeId(), id);
                }
                written = store.insert(generation, kind, id, after, event.id(), change);
            } else {
                written = store.update(generation, kind, stored.get(), after, event.id(), change);
            }
            if (written) {
                if (change != null) {
                    finish(generation, kind, id, change);
                }
                return;
            }
            log.debug("{} {} changed meanwhile; applying {} again", kind.name(), id, event.id());
        }
        throw new IllegalStateException(kind.name() + " " + id + " kept changing while " + event.id() + " was applied");
    }

    private void finish(int generation, FactKind<?> kind, String id, RollupChange change) {
        store.applyToBuckets(generation, change);
        store.clearPending(generation, kind, id, change.eventId());
    }
}
