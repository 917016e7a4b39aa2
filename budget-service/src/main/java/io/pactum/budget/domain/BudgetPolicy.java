package io.pactum.budget.domain;

import io.pactum.events.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a business unit funds learning in a fiscal year: the annual allocation per employee (by job role where
 * the policy names one), the cost above which a contract needs an L&D admin's approval, whether budgets are
 * hard limits, and how much of what is left at year end carries over into the next year.
 *
 * @param mode                 RESTRICTIVE never lets an account's available go below zero; INDICATIVE lets it
 * @param allocationsByJobRole annual allocations for particular job roles; everyone else gets {@code defaultAllocation}
 * @param carryOverPercent     0–100: the share of an account's available that the year-end close carries over
 */
public record BudgetPolicy(String businessUnit, int fiscalYear, String currency, Money defaultAllocation,
                           Money approvalThreshold, Mode mode, Map<String, Money> allocationsByJobRole,
                           int carryOverPercent) {

    public enum Mode {
        RESTRICTIVE, INDICATIVE
    }

    public BudgetPolicy {
        allocationsByJobRole = allocationsByJobRole == null ? Map.of() : Map.copyOf(new TreeMap<>(allocationsByJobRole));
        if (!defaultAllocation.currency().equals(currency) || !approvalThreshold.currency().equals(currency)
                || allocationsByJobRole.values().stream().anyMatch(m -> !m.currency().equals(currency))) {
            throw new IllegalArgumentException("allocations and threshold must be in the policy's currency " + currency);
        }
        if (defaultAllocation.amountMinor() < 0 || approvalThreshold.amountMinor() < 0
                || allocationsByJobRole.values().stream().anyMatch(m -> m.amountMinor() < 0)) {
            throw new IllegalArgumentException("allocations and threshold must not be negative");
        }
        if (carryOverPercent < 0 || carryOverPercent > 100) {
            throw new IllegalArgumentException("the carry-over is a percentage from 0 to 100");
        }
    }

    /** A policy with one allocation for everyone and nothing carried over. */
    public BudgetPolicy(String businessUnit, int fiscalYear, String currency, Money defaultAllocation,
                        Money approvalThreshold, Mode mode) {
        this(businessUnit, fiscalYear, currency, defaultAllocation, approvalThreshold, mode, Map.of(), 0);
    }

    public boolean restrictive() {
        return mode == Mode.RESTRICTIVE;
    }

    /** True when a contract of this cost needs an approval before its cost is reserved. */
    public boolean needsApproval(Funds cost) {
        return cost.compareTo(Funds.of(approvalThreshold)) > 0;
    }

    /**
     * What an employee of this job role gets for the year, or for the months left of it.
     *
     * @param monthsLeft 12 for the whole year; fewer for someone who joins during it (rounded down to the minor unit)
     */
    public Allocation allocationFor(String jobRole, int monthsLeft) {
        if (monthsLeft < 0 || monthsLeft > 12) {
            throw new IllegalArgumentException("months left in a year: 0 to 12, not " + monthsLeft);
        }
        boolean byRole = jobRole != null && allocationsByJobRole.containsKey(jobRole);
        Money annual = byRole ? allocationsByJobRole.get(jobRole) : defaultAllocation;
        String basis = "annual allocation " + fiscalYear + (byRole ? " for " + jobRole : "");
        if (monthsLeft == 12) {
            return new Allocation(annual, basis);
        }
        long share = Math.multiplyExact(annual.amountMinor(), monthsLeft) / 12;
        return new Allocation(new Money(share, currency), basis + ", pro-rated " + monthsLeft + " of 12 months");
    }

    /** The fiscal year is the calendar year: the months from today's to December, all 12 before it, none after. */
    public static int monthsLeft(int fiscalYear, LocalDate today) {
        if (today.getYear() < fiscalYear) {
            return 12;
        }
        return today.getYear() > fiscalYear ? 0 : 13 - today.getMonthValue();
    }

    /**
     * How many months of the year a budget opened today gets: all 12 in the month of the unit's first allocation
     * (and before the year), the months left for someone who joins later.
     */
    public static int monthsToAllocate(int fiscalYear, LocalDate firstAllocation, LocalDate today) {
        if (YearMonth.from(today).equals(YearMonth.from(firstAllocation))) {
            return 12;
        }
        return monthsLeft(fiscalYear, today);
    }

    /** An amount to allocate and, for the ledger, why. */
    public record Allocation(Money amount, String reason) {
    }

    /** True when replacing this policy with {@code other} would change what accounts were opened with. */
    public boolean allocatesDifferentlyFrom(BudgetPolicy other) {
        return !currency.equals(other.currency) || !defaultAllocation.equals(other.defaultAllocation)
                || !allocationsByJobRole.equals(other.allocationsByJobRole);
    }
}
