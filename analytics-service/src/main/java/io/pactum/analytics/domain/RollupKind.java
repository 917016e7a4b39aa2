package io.pactum.analytics.domain;

/**
 * The kinds of pre-aggregated bucket the read models keep, so that a question about a business unit reads a
 * bounded number of buckets instead of every contract. Each kind is fed by one kind of fact document.
 */
public enum RollupKind {
    /** per unit, fiscal year and month: contracts by status, the funnel, signing times, outcomes, milestones, check-ins, levels gained */
    MAIN,
    /** per unit, fiscal year and month: allocated, reserved, spent and accounts (from budget accounts only) */
    BUDGET,
    /** per unit, fiscal year, month and provider: contracts, planned and spent */
    PROVIDER,
    /** per unit, fiscal year, month and activity type: contracts, planned and spent */
    ACTIVITY,
    /** per unit, fiscal year, period (month, quarter, year) and competency: levels gained, people who gained, cost */
    COMPETENCY,
    /** per unit, fiscal year and program (template, or "other" for contracts without one): contracts, completed, cost */
    PROGRAM,
    /** per unit and fiscal year, now: contracts at risk */
    CURRENT,
    /** per unit and job role: active head count */
    HEAD,
    /** per unit, job role and competency: how many active people hold each level */
    GAP
}
