package io.pactum.budget.web;

import io.pactum.budget.application.BudgetAccounts;
import io.pactum.budget.domain.BudgetAccount;
import io.pactum.budget.domain.LedgerEntry;
import io.pactum.chassis.security.AccessPolicy;
import io.pactum.chassis.security.Caller;
import io.pactum.chassis.web.ApiMoney;
import io.pactum.chassis.web.NotFoundException;
import io.pactum.events.Money;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An employee's budget account and its ledger, for those who may see them: the employee, their manager,
 * LD_ADMIN/FINANCE/ANALYST of their business unit. Anyone else gets 404, as if there were no account.
 */
@RestController
class BudgetController {

    private final BudgetAccounts accounts;
    private final AccessPolicy access;

    BudgetController(BudgetAccounts accounts, AccessPolicy access) {
        this.accounts = accounts;
        this.access = access;
    }

    record AccountView(String employeeId, int fiscalYear, String businessUnit, String currency, ApiMoney allocated,
                       ApiMoney reserved, ApiMoney spent, ApiMoney available) {
    }

    record LedgerView(String id, LedgerEntry.Kind kind, ApiMoney amount, String contractId, Integer revision,
                      String eventId, String actor, String reason, Instant at) {
    }

    @GetMapping("/api/budgets/{employeeId}")
    AccountView account(@PathVariable String employeeId, @RequestParam @Min(2000) @Max(2999) int fiscalYear,
                        Caller caller) {
        BudgetAccount a = visible(caller, employeeId, fiscalYear);
        return new AccountView(a.employeeId(), a.fiscalYear(), a.businessUnit(), a.currency(), money(a.allocated(), a),
                money(a.reserved(), a), money(a.spent(), a), money(a.available(), a));
    }

    /** The entries in the order they were written, newest last. */
    @GetMapping("/api/budgets/{employeeId}/ledger")
    List<LedgerView> ledger(@PathVariable String employeeId, @RequestParam @Min(2000) @Max(2999) int fiscalYear,
                            Caller caller) {
        BudgetAccount a = visible(caller, employeeId, fiscalYear);
        return a.ledger().stream().map(e -> new LedgerView(e.entryId(), e.kind(), money(e.amountMinor(), a),
                e.contractId(), e.revision(), e.eventId(), e.actor(), e.reason(), e.at())).toList();
    }

    private BudgetAccount visible(Caller caller, String employeeId, int fiscalYear) {
        access.requireVisible(caller, employeeId, "budget");
        return accounts.find(employeeId, fiscalYear).map(BudgetAccounts.Stored::account)
                .orElseThrow(() -> new NotFoundException("budget not found"));
    }

    private static ApiMoney money(long minor, BudgetAccount account) {
        return ApiMoney.of(new Money(minor, account.currency()));
    }
}
