package io.pactum.budget.application;

import io.pactum.budget.domain.BudgetAccount;
import io.pactum.budget.domain.BudgetPolicy;
import io.pactum.chassis.web.NotFoundException;
import io.pactum.chassis.workforce.WorkforceDirectory;
import io.pactum.chassis.workforce.WorkforceMember;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/** Budget policies and the yearly allocation to every active employee of a business unit. */
@Service
public class Allocations {

    private final BudgetAccounts accounts;
    private final WorkforceDirectory workforce;
    private final Clock clock;

    public Allocations(BudgetAccounts accounts, WorkforceDirectory workforce, Clock clock) {
        this.accounts = accounts;
        this.workforce = workforce;
        this.clock = clock;
    }

    public void definePolicy(BudgetPolicy policy) {
        accounts.savePolicy(policy);
    }

    public BudgetPolicy policy(String businessUnit, int fiscalYear) {
        return accounts.policy(businessUnit, fiscalYear).orElseThrow(
                () -> new NotFoundException("no budget policy for " + businessUnit + " in " + fiscalYear));
    }

    /** Opens an account for each active employee of the unit who has none; safe to run again. */
    public Result allocate(String businessUnit, int fiscalYear, String actor) {
        BudgetPolicy policy = policy(businessUnit, fiscalYear);
        int opened = 0;
        for (WorkforceMember member : workforce.activeIn(businessUnit)) {
            var newAccount = BudgetAccount.open(member.employeeId(), businessUnit, policy, actor, clock.instant());
            if (accounts.open(newAccount.account(), List.of(newAccount.event()))) {
                opened++;
            }
        }
        return new Result(opened, accounts.countAccounts(businessUnit, fiscalYear));
    }

    public record Result(int allocated, long accounts) {
    }
}
