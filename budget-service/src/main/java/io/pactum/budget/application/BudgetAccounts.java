package io.pactum.budget.application;

import io.pactum.budget.domain.BudgetAccount;
import io.pactum.budget.domain.BudgetPolicy;
import io.pactum.events.budget.BudgetEvent;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where accounts and policies live; every change is one document write with the events it causes. */
public interface BudgetAccounts {

    Optional<Stored> find(String employeeId, int fiscalYear);

    /** @return false when the account already exists */
    boolean open(BudgetAccount account, List<BudgetEvent> events);

    /** One conditional write: only when the version is unchanged and {@code causedBy} is not yet applied. */
    boolean update(Stored before, BudgetAccount after, List<BudgetEvent> events, String causedBy);

    /** A decision that has no account to live in, stored once per causing event with its events. */
    void recordDecisionWithoutAccount(String causedBy, List<BudgetEvent> events);

    long countAccounts(String businessUnit, int fiscalYear);

    Optional<BudgetPolicy> policy(String businessUnit, int fiscalYear);

    void savePolicy(BudgetPolicy policy);

    record Stored(BudgetAccount account, long version, Set<String> appliedEventIds) {
    }
}
