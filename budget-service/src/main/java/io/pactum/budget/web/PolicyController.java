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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Budget policies per business unit and fiscal year, and the allocation that applies them; FINANCE writes. */
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
        Money allocation = request.defaultAllocation().toMoney("defaultAllocation");
        Money threshold = request.approvalThreshold().toMoney("approvalThreshold");
        if (!allocation.currency().equals(request.currency())) {
            throw new InvalidFieldException("defaultAllocation.currency", "must be the policy's currency " + request.currency());
        }
        if (!threshold.currency().equals(request.currency())) {
            throw new InvalidFieldException("approvalThreshold.currency", "must be the policy's currency " + request.currency());
        }
        if (allocation.amountMinor() < 0) {
            throw new InvalidFieldException("defaultAllocation.amount", "must not be negative");
        }
        BudgetPolicy policy = new BudgetPolicy(businessUnit, fiscalYear, request.currency(), allocation, threshold,
                request.mode());
        allocations.definePolicy(policy);
        return PolicyView.of(policy);
    }

    @GetMapping
    PolicyView get(@PathVariable String businessUnit, @PathVariable int fiscalYear, Caller caller) {
        if (!caller.actsFor(businessUnit, Role.FINANCE, Role.LD_ADMIN, Role.ANALYST)) {
            throw new AccessDeniedException("only FINANCE, LD_ADMIN or ANALYST of " + businessUnit + " read its policy");
        }
        return PolicyView.of(allocations.policy(businessUnit, fiscalYear));
    }

    @PostMapping("/allocate")
    Allocations.Result allocate(@PathVariable String businessUnit, @PathVariable int fiscalYear, Caller caller) {
        requireFinance(caller, businessUnit);
        return allocations.allocate(businessUnit, fiscalYear, caller.id());
    }

    private static void requireFinance(Caller caller, String businessUnit) {
        if (!caller.actsFor(businessUnit, Role.FINANCE)) {
            throw new AccessDeniedException("only FINANCE of " + businessUnit + " manages its budgets");
        }
    }
}
