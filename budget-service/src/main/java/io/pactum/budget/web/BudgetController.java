package io.pactum.budget.web;

import io.pactum.budget.application.BudgetAccounts;
import io.pactum.budget.application.Bookkeeping;
import io.pactum.budget.domain.BudgetAccount;
import io.pactum.budget.domain.LedgerEntry;
import io.pactum.chassis.security.AccessPolicy;
import io.pactum.chassis.security.Caller;
import io.pactum.chassis.web.ApiMoney;
import io.pactum.chassis.web.InvalidFieldException;
import io.pactum.chassis.web.NotFoundException;
import io.pactum.events.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An employee's budget account and its ledger, for those who may see them: the employee, their manager,
 * LD_ADMIN/FINANCE/ANALYST of their business unit. Anyone else gets 404, as if there were no account.
 * FINANCE of the unit books adjustments, expenses and refunds on it.
 */
@RestController
class BudgetController {

    private final BudgetAccounts accounts;
    private final Bookkeeping bookkeeping;
    private final AccessPolicy access;

    BudgetController(BudgetAccounts accounts, Bookkeeping bookkeeping, AccessPolicy access) {
        this.accounts = accounts;
        this.bookkeeping = bookkeeping;
        this.access = access;
    }

    record AccountView(String employeeId, int fiscalYear, String businessUnit, String currency, ApiMoney allocated,
                       ApiMoney reserved, ApiMoney spent, ApiMoney available) {

        static AccountView of(BudgetAccount a) {
            return new AccountView(a.employeeId(), a.fiscalYear(), a.businessUnit(), a.currency(), money(a.allocated(), a),
                    money(a.reserved(), a), money(a.spent(), a), money(a.available(), a));
        }
    }

    record LedgerView(String id, LedgerEntry.Kind kind, ApiMoney amount, String contractId, Integer revision,
                      String eventId, String actor, String reason, String reference, Instant at) {
    }

    record AdjustmentRequest(@NotNull @Min(2000) @Max(2999) Integer fiscalYear, @NotNull @Valid ApiMoney amount,
                             @NotBlank @Size(max = 500) String reason) {
    }

    record ExpenseRequest(@NotNull @Min(2000) @Max(2999) Integer fiscalYear, @NotBlank String contractId,
                          @NotNull @Valid ApiMoney amount, @NotBlank @Size(max = 200) String supplier,
                          @NotBlank @Size(max = 100) String invoiceReference, @NotNull LocalDate date,
                          @Size(max = 200) String activity) {
    }

    record RefundRequest(@NotNull @Min(2000) @Max(2999) Integer fiscalYear, @NotBlank String invoiceReference,
                         @NotNull @Valid ApiMoney amount, @NotBlank @Size(max = 500) String reason) {
    }

    @GetMapping("/api/budgets/{employeeId}")
    AccountView account(@PathVariable String employeeId, @RequestParam @Min(2000) @Max(2999) int fiscalYear,
                        Caller caller) {
        return AccountView.of(visible(caller, employeeId, fiscalYear));
    }

    /** The entries in the order they were written, newest last. */
    @GetMapping("/api/budgets/{employeeId}/ledger")
    List<LedgerView> ledger(@PathVariable String employeeId, @RequestParam @Min(2000) @Max(2999) int fiscalYear,
                            Caller caller) {
        BudgetAccount a = visible(caller, employeeId, fiscalYear);
        return a.ledger().stream().map(e -> new LedgerView(e.entryId(), e.kind(), money(e.amountMinor(), a),
                e.contractId(), e.revision(), e.eventId(), e.actor(), e.reason(), e.reference(), e.at())).toList();
    }

    /** The same ledger as CSV ({@code Accept: text/csv}), one row per entry, amounts as decimals. */
    @GetMapping(path = "/api/budgets/{employeeId}/ledger", produces = LedgerCsv.MEDIA_TYPE)
    String ledgerCsv(@PathVariable String employeeId, @RequestParam @Min(2000) @Max(2999) int fiscalYear, Caller caller) {
        return LedgerCsv.of(List.of(visible(caller, employeeId, fiscalYear)));
    }

    /** A top-up (positive) or cut (negative) of the allocation, with a reason. */
    @PostMapping("/api/budgets/{employeeId}/adjustments")
    @ResponseStatus(HttpStatus.CREATED)
    AccountView adjust(@PathVariable String employeeId, @Valid @RequestBody AdjustmentRequest request, Caller caller) {
        Money amount = request.amount().toMoney("amount");
        if (amount.amountMinor() == 0) {
            throw new InvalidFieldException("amount.amount", "must not be zero");
        }
        return AccountView.of(bookkeeping.adjust(employeeId, request.fiscalYear(), amount, request.reason(), caller));
    }

    @PostMapping("/api/budgets/{employeeId}/expenses")
    @ResponseStatus(HttpStatus.CREATED)
    AccountView spend(@PathVariable String employeeId, @Valid @RequestBody ExpenseRequest request, Caller caller) {
        Money amount = positive(request.amount());
        return AccountView.of(bookkeeping.spend(employeeId, request.fiscalYear(), new BudgetAccount.Expense(
                request.contractId(), amount, request.supplier(), request.invoiceReference(), request.date(),
                request.activity()), caller));
    }

    @PostMapping("/api/budgets/{employeeId}/refunds")
    @ResponseStatus(HttpStatus.CREATED)
    AccountView refund(@PathVariable String employeeId, @Valid @RequestBody RefundRequest request, Caller caller) {
        return AccountView.of(bookkeeping.refund(employeeId, request.fiscalYear(), request.invoiceReference(),
                positive(request.amount()), request.reason(), caller));
    }

    private static Money positive(ApiMoney value) {
        Money amount = value.toMoney("amount");
        if (amount.amountMinor() <= 0) {
            throw new InvalidFieldException("amount.amount", "must be more than zero");
        }
        return amount;
    }

    private BudgetAccount visible(Caller caller, String employeeId, int fiscalYear) {
        access.requireVisible(caller, employeeId, "budget");
        return accounts.find(employeeId, fiscalYear).map(BudgetAccounts.Stored::account)
                .orElseThrow(() -> new NotFoundException("budget not found"));
    }

    static ApiMoney money(long minor, BudgetAccount account) {
        return ApiMoney.of(new Money(minor, account.currency()));
    }
}
