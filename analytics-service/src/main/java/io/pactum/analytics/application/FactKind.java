package io.pactum.analytics.application;

import io.pactum.analytics.domain.BudgetAccountFacts;
import io.pactum.analytics.domain.ContractFacts;
import io.pactum.analytics.domain.EmployeeFacts;
import io.pactum.analytics.domain.Tally;
import io.pactum.events.EventEnvelope;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A kind of fact document: one per contract, per budget account (employee and fiscal year), per employee.
 * Each is changed by one single-document write that records the event id, and contributes to the buckets.
 */
public record FactKind<F>(String name, Class<F> type, Function<String, F> empty, BiFunction<F, EventEnvelope, F> apply,
                          Function<F, Tally> contribution) {

    public static final FactKind<ContractFacts> CONTRACT = new FactKind<>("contract", ContractFacts.class,
            ContractFacts::empty, ContractFacts::apply, ContractFacts::contribution);

    public static final FactKind<BudgetAccountFacts> ACCOUNT = new FactKind<>("account", BudgetAccountFacts.class,
            id -> BudgetAccountFacts.empty(id.substring(0, id.lastIndexOf(':')), Integer.parseInt(id.substring(id.lastIndexOf(':') + 1))),
            BudgetAccountFacts::apply, BudgetAccountFacts::contribution);

    public static final FactKind<EmployeeFacts> EMPLOYEE = new FactKind<>("employee", EmployeeFacts.class,
            EmployeeFacts::empty, EmployeeFacts::apply, EmployeeFacts::contribution);
}
