package io.pactum.budget.web;

import io.pactum.budget.application.BudgetAccounts;
import io.pactum.budget.domain.BudgetAccount;
import io.pactum.chassis.security.Caller;
import io.pactum.chassis.security.Role;
import io.pactum.chassis.web.ApiMoney;
import io.pactum.events.Money;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A business unit's budgets at a glance, and all its ledgers as CSV, for FINANCE, LD_ADMIN and ANALYST of the unit. */
@RestController
class BusinessUnitBudgetController {

    private final BudgetAccounts accounts;

    BusinessUnitBudgetController(BudgetAccounts accounts) {
        this.accounts = accounts;
    }

    /**
     * @param utilisation (reserved + spent) / allocated in percent, one decimal; null without allocation
     * @param pendingApprovals contracts waiting for an LD_ADMIN's approval
     * @param accountsOverspent accounts below zero (only an INDICATIVE policy lets that happen): flagged for finance
     */
    record Summary(String businessUnit, int fiscalYear, String currency, int accounts, ApiMoney allocated,
                   ApiMoney reserved, ApiMoney spent, ApiMoney available, BigDecimal utilisation, int pendingApprovals,
                   int accountsOverEightyPercent, int accountsOverspent) {
    }

    @GetMapping("/api/business-units/{businessUnit}/budget-summary")
    Summary summary(@PathVariable String businessUnit, @RequestParam @Min(2000) @Max(2999) int fiscalYear, Caller caller) {
        requireUnitReader(caller, businessUnit);
        List<BudgetAccount> ofUnit = accounts.ofUnit(businessUnit, fiscalYear);
        String currency = ofUnit.isEmpty() ? null : ofUnit.getFirst().currency();
        long allocated = 0, reserved = 0, spent = 0;
        int approvals = 0, overEighty = 0, overspent = 0;
        for (BudgetAccount a : ofUnit) {
            allocated = Math.addExact(allocated, a.allocated());
            reserved = Math.addExact(reserved, a.reserved());
            spent = Math.addExact(spent, a.spent());
            approvals += a.approvals().size();
            overEighty += a.thresholdsReached().contains(80) ? 1 : 0;
            overspent += a.available() < 0 ? 1 : 0;
        }
        BigDecimal utilisation = allocated == 0 ? null : BigDecimal.valueOf(Math.addExact(reserved, spent) * 100)
                .divide(BigDecimal.valueOf(allocated), 1, RoundingMode.HALF_UP);
        return new Summary(businessUnit, fiscalYear, currency, ofUnit.size(), money(allocated, currency),
                money(reserved, currency), money(spent, currency), money(allocated - reserved - spent, currency),
                utilisation, approvals, overEighty, overspent);
    }

    /** Every entry of every account of the unit and year, by employee, for reconciliation. */
    @GetMapping(path = "/api/business-units/{businessUnit}/budget-ledger", produces = LedgerCsv.MEDIA_TYPE)
    String ledger(@PathVariable String businessUnit, @RequestParam @Min(2000) @Max(2999) int fiscalYear, Caller caller) {
        requireUnitReader(caller, businessUnit);
        return LedgerCsv.of(accounts.ofUnitWithLedgers(businessUnit, fiscalYear));
    }

    private static ApiMoney money(long minor, String currency) {
        return currency == null ? null : ApiMoney.of(new Money(minor, currency));
    }

    private static void requireUnitReader(Caller caller, String businessUnit) {
        if (!caller.actsFor(businessUnit, Role.FINANCE, Role.LD_ADMIN, Role.ANALYST)) {
            throw new AccessDeniedException("Only FINANCE, LD_ADMIN or ANALYST of " + businessUnit + " read its budgets.");
        }
    }
}
