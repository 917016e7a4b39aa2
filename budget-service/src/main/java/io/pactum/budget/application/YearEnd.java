package io.pactum.budget.application;

import io.pactum.budget.domain.BudgetAccount;
import io.pactum.budget.domain.BudgetPolicy;
import io.pactum.budget.domain.LedgerEntry;
import io.pactum.chassis.web.ConflictException;
import io.pactum.chassis.web.NotFoundException;
import io.pactum.chassis.workforce.WorkforceDirectory;
import io.pactum.chassis.workforce.WorkforceMember;
import io.pactum.events.Money;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The year-end close of a business unit's budgets: per account, what is still available expires and the
 * policy's carry-over share of it goes into the employee's budget for the next year (opened with the next
 * year's policy when it does not exist yet). Two documents, so two writes: the close (EXPIRY, with what it
 * carries over recorded on the account), then the carry-in (CARRY_OVER), recorded on the next year's account
 * under a marker id. Running it again — after a crash between the two, or twice — completes what is missing
 * and changes nothing else.
 */
@Service
public class YearEnd {

    private final BudgetAccounts accounts;
    private final BudgetPolicies policies;
    private final AccountChanges changes;
    private final WorkforceDirectory workforce;
    private final Clock clock;

    public YearEnd(BudgetAccounts accounts, BudgetPolicies policies, AccountChanges changes, WorkforceDirectory workforce,
                   Clock clock) {
        this.accounts = accounts;
        this.policies = policies;
        this.changes = changes;
        this.workforce = workforce;
        this.clock = clock;
    }

    /**
     * @param accounts    accounts of the unit and year, all closed now
     * @param expired     what left the year in all (EXPIRY)
     * @param carriedOver what of it went into the next year's budgets
     */
    public record Result(int accounts, Money expired, Money carriedOver) {
    }

    public Result close(String businessUnit, int fiscalYear, String actor) {
        BudgetPolicy policy = policies.find(businessUnit, fiscalYear).orElseThrow(() -> new NotFoundException(
                "There is no budget policy for " + businessUnit + " in " + fiscalYear + "."));
        BudgetPolicy next = policies.find(businessUnit, fiscalYear + 1).orElseThrow(() -> new ConflictException(
                "Define the " + (fiscalYear + 1) + " budget policy of " + businessUnit + " first: the carry-over goes into its budgets."));
        if (!next.currency().equals(policy.currency())) {
            throw new ConflictException("The " + (fiscalYear + 1) + " budgets of " + businessUnit + " are kept in "
                    + next.currency() + ", not " + policy.currency() + "; nothing can be carried over.");
        }
        List<String> employees = accounts.ofUnit(businessUnit, fiscalYear).stream().map(BudgetAccount::employeeId).toList();
        long expired = 0;
        long carried = 0;
        for (String employeeId : employees) {
            BudgetAccount closed = changes.apply(() -> accounts.find(employeeId, fiscalYear).orElseThrow(), null,
                    (account, p) -> account.closeYear(p, actor, clock.instant()));
            long carry = closed.carriedOver().orElseThrow();
            expired += closed.ledger().stream().filter(e -> e.kind() == LedgerEntry.Kind.EXPIRY)
                    .mapToLong(LedgerEntry::amountMinor).sum();
            carried += carry;
            if (carry > 0) {
                openIfMissing(employeeId, businessUnit, next, actor);
                changes.apply(() -> accounts.find(employeeId, fiscalYear + 1).orElseThrow(), "carry-over-from-" + fiscalYear,
                        (account, p) -> account.carryIn(fiscalYear, carry, actor, clock.instant()));
            }
        }
        return new Result(employees.size(), new Money(expired, policy.currency()), new Money(carried, policy.currency()));
    }

    private void openIfMissing(String employeeId, String businessUnit, BudgetPolicy next, String actor) {
        if (accounts.find(employeeId, next.fiscalYear()).isPresent()) {
            return;
        }
        String jobRole = workforce.find(employeeId).map(WorkforceMember::jobRole).orElse(null);
        var opened = BudgetAccount.open(employeeId, businessUnit, next, next.allocationFor(jobRole, 12), actor, clock.instant());
        accounts.open(opened.account(), List.of(opened.event())); // false: opened meanwhile, which is as good
    }
}
