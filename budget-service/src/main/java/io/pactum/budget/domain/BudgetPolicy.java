package io.pactum.budget.domain;

import io.pactum.events.Money;

/**
 * How a business unit funds learning in a fiscal year.
 *
 * @param mode RESTRICTIVE never lets an account go below zero; INDICATIVE lets it, flagged
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
        if (defaultAllocation.amountMinor() < 0) {
            throw new IllegalArgumentException("the default allocation must not be negative");
        }
    }
}
