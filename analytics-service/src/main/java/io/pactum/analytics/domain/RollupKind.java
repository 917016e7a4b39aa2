package io.pactum.analytics.domain;

/**
 * The kinds of pre-aggregated bucket the read models keep, so that a question about a business unit reads a
 * bounded number of buckets instead of every contract. Periodic kinds are kept per month, per quarter and for the
 * year (each change goes to all three), so any period is one bucket and any stock as at its end at most four.
 */
public enum RollupKind {
    /** per unit, fiscal year and period: contracts by status, the funnel, signing times, outcomes, milestones, check-ins, levels gained */
    MAIN,
    /** per unit, fiscal year and period: allocated, reserved, spent and accounts (from budget accounts only) */
    BUDGET,
    /** per unit, fiscal year, period and provider: contracts, planned and spent */
    PROVIDER,
    /** per unit, fiscal year, period and activity type: contracts, planned and spent */
    ACTIVITY,
    /** per unit, fiscal year, period and competency: levels gained, people who gained (once per period), cost */
    COMPETENCY,
    /** per unit, fiscal year and program (template, or "other" for contracts without one): contracts, completed, cost */
    PROGRAM,
    /** per unit and fiscal year, now: contracts at risk */
    CURRENT,
    /** per unit and job role: active head count */
    HEAD,
    /** per unit, job role and competency: how many active people hold each level */
    GAP;

    /** Kinds whose monthly figures are also kept per quarter and year by adding them up ({@link Tally#withQuartersAndYear}). */
    public boolean summedOverPeriods() {
        return this == MAIN || this == BUDGET || this == PROVIDER || this == ACTIVITY;
    }
}
