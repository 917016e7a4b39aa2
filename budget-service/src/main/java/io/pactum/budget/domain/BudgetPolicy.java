package io.pactum.budget.domain;

import io.pactum.events.Money;

/**
 * How a business unit funds learning in a fiscal year: the annual allocation per employee, the cost
 * above which a contract needs an L&D admin's approval, and whether budgets are hard limits.
 *
 * @param mode RESTRICTIVE never lets an account's available go below zero; INDICATIVE lets it
 */
public record BudgetPolicy(String businessUnit, int fiscalYear, String currency, Money defaultAllocation,
                           Money approvalThreshold, Mode mode) {

    public enum Mode {
        RESTRICTIVE, INDICATIVE
    }

    public BudgetPolicy {
        if (!defaultAllocation.currency().equals(currency) || !approvalThreshold.currency().equals(currency)) {
            throw new IllegalArgumentException("allocation and threshold must be in the policy's currency " + currency);
        }
        if (defaultAllocation.amountMinor() < 0 || approvalThreshold.amountMinor() < 0) {
            throw new IllegalArgumentException("allocation and threshold must not be negative");
        }
    }

    public boolean restrictive() {
        return mode == Mode.RESTRICTIVE;
    }

    /** True when a contract of this cost needs an approval before its cost is reserved. */
    public boolean needsApproval(Funds cost) {
        return cost.compareTo(Funds.of(approvalThreshold)) > 0;
    }
}
