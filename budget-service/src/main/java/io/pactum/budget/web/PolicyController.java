package io.pactum.budget.web;

import io.pactum.budget.application.Allocations;
import io.pactum.budget.application.YearEnd;
import io.pactum.budget.domain.BudgetPolicy;
import io.pactum.chassis.security.Caller;
import io.pactum.chassis.security.Role;
import io.pactum.chassis.web.ApiMoney;
import io.pactum.chassis.web.InvalidFieldException;
import io.pactum.events.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    private final YearEnd yearEnd;

    PolicyController(Allocations allocations, YearEnd yearEnd) {
        this.allocations = allocations;
        this.yearEnd = yearEnd;
    }

    /**
     * @param allocationsByJobRole optional: annual allocations for particular job roles (others get the default)
     * @param carryOverPercent     optional, 0–100 (default 0): what the year-end close carries over of what is left
     */
    record PolicyRequest(@NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
                         @NotNull @Valid ApiMoney defaultAllocation, @NotNull @Valid ApiMoney approvalThreshold,
                         @NotNull BudgetPolicy.Mode mode, Map<@NotBlank String, @NotNull @Valid ApiMoney> allocationsByJobRole,
                         @Min(0) @Max(100) Integer carryOverPercent) {
    }

    record PolicyView(String businessUnit, int fiscalYear, String currency, ApiMoney defaultAllocation,
                      ApiMoney approvalThreshold, BudgetPolicy.Mode mode, Map<String, ApiMoney> allocationsByJobRole,
                      int carryOverPercent) {

        static PolicyView of(BudgetPolicy p) {
            Map<String, ApiMoney> byJobRole = new TreeMap<>();
            p.allocationsByJobRole().forEach((role, money) -> byJobRole.put(role, ApiMoney.of(money)));
            return new PolicyView(p.businessUnit(), p.fiscalYear(), p.currency(), ApiMoney.of(p.defaultAllocation()),
                    ApiMoney.of(p.approvalThreshold()), p.mode(), byJobRole, p.carryOverPercent());
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
        Map<String, Money> byJobRole = new TreeMap<>();
        if (request.allocationsByJobRole() != null) {
            request.allocationsByJobRole().forEach((role, money) -> byJobRole.put(role,
                    inPolicyCurrency(money, "allocationsByJobRole." + role, request.currency())));
        }
        BudgetPolicy policy = new BudgetPolicy(businessUnit, fiscalYear, request.currency(),
                inPolicyCurrency(request.defaultAllocation(), "defaultAllocation", request.currency()),
                inPolicyCurrency(request.approvalThreshold(), "approvalThreshold", request.currency()), request.mode(),
                byJobRole, request.carryOverPercent() == null ? 0 : request.carryOverPercent());
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

    /**
     * The year-end close of the unit's budgets: what is left expires, the policy's carry-over share goes into
     * next year's budgets (whose policy must exist). Safe to run again.
     */
    @PostMapping("/close")
    CloseView close(@PathVariable String businessUnit, @PathVariable int fiscalYear, Caller caller) {
        requireFinance(caller, businessUnit);
        requirePlausible(fiscalYear);
        YearEnd.Result closed = yearEnd.close(businessUnit, fiscalYear, caller.id());
        return new CloseView(closed.accounts(), ApiMoney.of(closed.expired()), ApiMoney.of(closed.carriedOver()));
    }

    /** @param accounts the unit's accounts of the year, all closed; @param expired what left the year; @param carriedOver what of it went into the next */
    record CloseView(int accounts, ApiMoney expired, ApiMoney carriedOver) {
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
