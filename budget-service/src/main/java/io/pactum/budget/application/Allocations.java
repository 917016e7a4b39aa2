package io.pactum.budget.application;

import io.pactum.budget.domain.BudgetAccount;
import io.pactum.budget.domain.BudgetPolicy;
import io.pactum.chassis.web.ConflictException;
import io.pactum.chassis.web.NotFoundException;
import io.pactum.chassis.workforce.WorkforceDirectory;
import io.pactum.chassis.workforce.WorkforceMember;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/** Budget policies and the yearly allocation to every active employee of a business unit. */
@Service
public class Allocations {

    private final BudgetPolicies policies;
    private final BudgetAccounts accounts;
    private final WorkforceDirectory workforce;
    private final Clock clock;

    public Allocations(BudgetPolicies policies, BudgetAccounts accounts, WorkforceDirectory workforce, Clock clock) {
        this.policies = policies;
        this.accounts = accounts;
        this.workforce = workforce;
        this.clock = clock;
    }

    /** Creates or replaces the policy; once accounts exist, their currency cannot change. */
    public void define(BudgetPolicy policy, String actor) {
        policies.find(policy.businessUnit(), policy.fiscalYear())
                .filter(existing -> !existing.currency().equals(policy.currency()))
                .filter(existing -> accounts.count(policy.businessUnit(), policy.fiscalYear()) > 0)
                .ifPresent(existing -> {
                    throw new ConflictException("The budgets of " + policy.businessUnit() + " in " + policy.fiscalYear()
                            + " are kept in " + existing.currency() + "; the policy's currency cannot change.");
                });
        policies.save(policy, actor);
    }

    public BudgetPolicy policy(String businessUnit, int fiscalYear) {
        return policies.find(businessUnit, fiscalYear).orElseThrow(
                () -> new NotFoundException("There is no budget policy for " + businessUnit + " in " + fiscalYear + "."));
    }

    /**
     * Opens an account with the policy's allocation for each active employee of the unit who has none
     * for the year. Safe to run again and concurrently: an existing account is left as it is.
     */
    public Result allocate(String businessUnit, int fiscalYear, String actor) {
        BudgetPolicy policy = policy(businessUnit, fiscalYear);
        int opened = 0;
        for (WorkforceMember member : workforce.activeIn(businessUnit)) {
            if (accounts.find(member.employeeId(), fiscalYear).isPresent()) {
                continue;
            }
            var account = BudgetAccount.open(member.employeeId(), businessUnit, policy, actor, clock.instant());
            if (accounts.open(account.account(), List.of(account.event()))) {
                opened++;
            }
        }
        return new Result(opened, accounts.count(businessUnit, fiscalYear));
    }

    /** @param allocated accounts opened by this call; @param accounts accounts of the unit and year in all */
    public record Result(int allocated, long accounts) {
    }
}
