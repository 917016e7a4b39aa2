package io.pactum.budget.application;

import io.pactum.budget.domain.BudgetAccount;
import io.pactum.budget.domain.BudgetPolicy;
import io.pactum.chassis.web.NotFoundException;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Applies a change to an account: read, decide on the account as read, store in one write conditional
 * on the version read; when another write got there first, decide again on the fresh account. A change
 * that breaks a rule throws before anything is written.
 */
@Component
class AccountChanges {

    private static final int ATTEMPTS = 100;

    private final BudgetAccounts accounts;
    private final BudgetPolicies policies;

    AccountChanges(BudgetAccounts accounts, BudgetPolicies policies) {
        this.accounts = accounts;
        this.policies = policies;
    }

    /** @return the account after the change */
    BudgetAccount apply(Supplier<BudgetAccounts.Stored> read, String eventId,
                        BiFunction<BudgetAccount, BudgetPolicy, BudgetAccount.Change> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            BudgetAccounts.Stored stored = read.get();
            if (eventId != null && stored.appliedEventIds().contains(eventId)) {
                return stored.account(); // a redelivery
            }
            BudgetAccount account = stored.account();
            BudgetPolicy policy = policies.find(account.businessUnit(), account.fiscalYear()).orElseThrow(
                    () -> new NotFoundException("There is no budget policy for " + account.businessUnit() + " in "
                            + account.fiscalYear() + "."));
            BudgetAccount.Change made = change.apply(account, policy);
            if (accounts.save(stored, made, eventId)) {
                return account;
            }
        }
        throw new OptimisticLockingFailureException("the account keeps changing; try again");
    }
}
