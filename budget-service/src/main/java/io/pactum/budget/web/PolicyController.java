package io.pactum.budget.web;

import io.pactum.budget.application.Allocations;
import io.pactum.budget.domain.BudgetPolicy;
import io.pactum.chassis.security.Caller;
import io.pactum.chassis.security.Role;
import io.pactum.chassis.web.ApiMoney;
import io.pactum.chassis.web.InvalidFieldException;
import io.pactum.events.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Budget policies per business unit and fiscal year, and the allocation that applies one. FINANCE of the
 * unit writes them; FINANCE, LD_ADMIN and ANALYST of the unit read them.
 */
@RestController
@RequestMapping("/api/budget-policies/{businessUnit}/{fiscalYear}")
class PolicyController {

    private final Allocations allocations;

    PolicyController(Allocations allocations) {
        this.allocations = allocations;
    }

    record PolicyRequest(@NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
                         @NotNull @Valid ApiMoney defaultAllocation, @NotNull @Valid ApiMoney approvalThreshold,
                         @NotNull BudgetPolicy.Mode mode) {
    }

    record PolicyView(String businessUnit, int fiscalYear, String currency, ApiMoney defaultAllocation,
                      ApiMoney approvalThreshold, BudgetPolicy.Mode mode) {

        static PolicyView of(BudgetPolicy p) {
            return new PolicyView(p.businessUnit(), p.fiscalYear(), p.currency(), ApiMoney.of(p.defaultAllocation()),
                    ApiMoney.of(p.approvalThreshold()), p.mode());
        }
    }

    @PutMapping
    PolicyView define(@PathVariable String businessUnit, @PathVariable int fiscalYear,
                      @Valid @RequestBody PolicyRequest request, Caller caller) {
        requireFinance(caller, businessUnit);
        requirePlausible(fiscalYear);
        if (Currency.getAvailableCurrencies().stream().noneMatch(c -> c.getCurrencyCode().equals(request.currency()))) {
            throw new InvalidFieldException("currency", "is not an ISO 4217 currency code");
        }
        BudgetPolicy policy = new BudgetPolicy(businessUnit, fiscalYear, request.currency(),
                inPolicyCurrency(request.defaultAllocation(), "defaultAllocation", request.currency()),
                inPolicyCurrency(request.approvalThreshold(), "approvalThreshold", request.currency()), request.mode());
        allocations.define(policy, caller.id());
        return PolicyView.of(policy);
    }

    @GetMapping
    PolicyView get(@PathVariable String businessUnit, @PathVariable int fiscalYear, Caller caller) {
        if (!caller.actsFor(businessUnit, Role.FINANCE, Role.LD_ADMIN, Role.ANALYST)) {
            throw new AccessDeniedException("Only FINANCE, LD_ADMIN or ANALYST of " + businessUnit + " read its budget policy.");
        }
        return PolicyView.of(allocations.policy(businessUnit, fiscalYear));
    }

    /** Answers {@code {"allocated": <accounts opened now>, "accounts": <accounts of the unit and year>}}. */
    @PostMapping("/allocate")
    Allocations.Result allocate(@PathVariable String businessUnit, @PathVariable int fiscalYear,
                                Caller caller) {
        requireFinance(caller, businessUnit);
        return allocations.allocate(businessUnit, fiscalYear, caller.id());
    }

    private static Money inPolicyCurrency(ApiMoney value, String field, String currency) {
        Money money = value.toMoney(field);
        List<InvalidFieldException.FieldError> errors = new ArrayList<>();
        if (!money.currency().equals(currency)) {
            errors.add(new InvalidFieldException.FieldError(field + ".currency", "must be the policy's currency " + currency));
        }
        if (money.amountMinor() < 0) {
            errors.add(new InvalidFieldException.FieldError(field + ".amount", "must not be negative"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        return money;
    }

    /**
     * Checked here rather than with {@code @Min}/{@code @Max} on the path variable: a constraint on a parameter
     * turns on method validation, whose problem names the body parameter instead of the body's invalid field.
     */
    private static void requirePlausible(int fiscalYear) {
        if (fiscalYear < 2000 || fiscalYear > 2999) {
            throw new InvalidFieldException("fiscalYear", "must be a year between 2000 and 2999");
        }
    }

    private static void requireFinance(Caller caller, String businessUnit) {
        if (!caller.actsFor(businessUnit, Role.FINANCE)) {
            throw new AccessDeniedException("Only FINANCE of " + businessUnit + " manages its budgets.");
        }
    }
}
