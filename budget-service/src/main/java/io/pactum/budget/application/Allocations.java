package io.pactum.budget.application;

import io.pactum.budget.domain.BudgetAccount;
import io.pactum.budget.domain.BudgetPolicy;
import io.pactum.budget.domain.Funds;
import io.pactum.chassis.web.ConflictException;
import io.pactum.chassis.web.NotFoundException;
import io.pactum.chassis.workforce.WorkforceDirectory;
import io.pactum.chassis.workforce.WorkforceMember;
import java.time.Clock;
import java.time.LocalDate;
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

    /**
     * Creates the policy, or replaces it while no account of the unit and year exists. Once budgets are
     * allocated, a second policy that would allocate differently (currency, allocations) is refused: single
     * budgets change by adjustments. The threshold, the mode and the carry-over may still change.
     */
    public void define(BudgetPolicy policy, String actor) {
        policies.find(policy.businessUnit(), policy.fiscalYear())
                .filter(existing -> existing.allocatesDifferentlyFrom(policy))
                .filter(existing -> accounts.count(policy.businessUnit(), policy.fiscalYear()) > 0)
                .ifPresent(existing -> {
                    throw new ConflictException("The " + policy.fiscalYear() + " budgets of " + policy.businessUnit()
                            + " are allocated under a policy of " + Funds.of(existing.defaultAllocation()).inWords()
                            + " per employee; its currency and allocations cannot change. Adjust single budgets instead.");
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
        // everyone allocated in the month of the unit's first allocation gets the whole year (the first run may miss
        // people the workforce projection has not learned yet); someone allocated in a later month, a share
        LocalDate today = LocalDate.now(clock);
        int monthsLeft = BudgetPolicy.monthsToAllocate(fiscalYear, policies.firstAllocation(businessUnit, fiscalYear, today), today);
        int opened = 0;
        for (WorkforceMember member : workforce.activeIn(businessUnit)) {
            if (accounts.find(member.employeeId(), fiscalYear).isPresent()) {
                continue;
            }
            var account = BudgetAccount.open(member.employeeId(), businessUnit, policy,
                    policy.allocationFor(member.jobRole(), monthsLeft), actor, clock.instant());
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
