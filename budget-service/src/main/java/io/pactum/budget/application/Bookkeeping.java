package io.pactum.budget.application;

import io.pactum.budget.domain.BudgetAccount;
import io.pactum.chassis.security.AccessPolicy;
import io.pactum.chassis.security.Caller;
import io.pactum.chassis.security.Role;
import io.pactum.chassis.web.NotFoundException;
import io.pactum.events.Money;
import java.time.Clock;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * What FINANCE books on an employee's account: adjustments (top-ups and cuts with a reason), expenses
 * against a funded contract, and refunds of booked invoices. Each is one conditional write with its ledger
 * entries and events; a rule it breaks is a conflict and writes nothing.
 */
@Service
public class Bookkeeping {

    private final BudgetAccounts accounts;
    private final AccountChanges changes;
    private final AccessPolicy access;
    private final Clock clock;

    public Bookkeeping(BudgetAccounts accounts, AccountChanges changes, AccessPolicy access, Clock clock) {
        this.accounts = accounts;
        this.changes = changes;
        this.access = access;
        this.clock = clock;
    }

    public BudgetAccount adjust(String employeeId, int fiscalYear, Money amount, String reason, Caller caller) {
        requireFinance(caller, employeeId, fiscalYear);
        return changes.apply(() -> stored(employeeId, fiscalYear), null,
                (account, policy) -> account.adjust(amount, reason, policy, caller.id(), clock.instant()));
    }

    public BudgetAccount spend(String employeeId, int fiscalYear, BudgetAccount.Expense expense, Caller caller) {
        requireFinance(caller, employeeId, fiscalYear);
        return changes.apply(() -> stored(employeeId, fiscalYear), null,
                (account, policy) -> account.spend(expense, policy, caller.id(), clock.instant()));
    }

    public BudgetAccount refund(String employeeId, int fiscalYear, String invoiceReference, Money amount, String reason,
                                Caller caller) {
        requireFinance(caller, employeeId, fiscalYear);
        return changes.apply(() -> stored(employeeId, fiscalYear), null,
                (account, policy) -> account.refund(invoiceReference, amount, reason, caller.id(), clock.instant()));
    }

    /** Someone who may not see the account gets 404; someone who may see it but is not its unit's FINANCE, 403. */
    private void requireFinance(Caller caller, String employeeId, int fiscalYear) {
        access.requireVisible(caller, employeeId, "budget");
        BudgetAccount account = stored(employeeId, fiscalYear).account();
        if (!caller.actsFor(account.businessUnit(), Role.FINANCE)) {
            throw new AccessDeniedException("Only FINANCE of " + account.businessUnit() + " books on its budgets.");
        }
    }

    private BudgetAccounts.Stored stored(String employeeId, int fiscalYear) {
        return accounts.find(employeeId, fiscalYear).orElseThrow(() -> new NotFoundException("budget not found"));
    }
}
