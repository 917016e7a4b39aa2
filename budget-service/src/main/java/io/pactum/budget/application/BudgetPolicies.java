package io.pactum.budget.application;

import io.pactum.budget.domain.BudgetPolicy;
import java.time.LocalDate;
import java.util.Optional;

/** Where budget policies live, one per business unit and fiscal year. */
public interface BudgetPolicies {

    Optional<BudgetPolicy> find(String businessUnit, int fiscalYear);

    /**
     * The day the unit's budgets for the year were first allocated, recorded as {@code today} by the first call.
     */
    LocalDate firstAllocation(String businessUnit, int fiscalYear, LocalDate today);

    /** Creates or replaces the policy; a concurrent replacement makes this one fail with a conflict. */
    void save(BudgetPolicy policy, String definedBy);
}
