package io.pactum.analytics.domain;

/**
 * Names one bucket. The dimension (a provider, an activity type, a competency, a program, a job role) is free
 * text and so only ever a value, never a field name.
 *
 * @param fiscalYear 0 for buckets that are not about a year (HEAD, GAP)
 * @param period     {@code M01}..{@code M12}; for COMPETENCY also {@code Q1}..{@code Q4} and {@code YEAR}; empty when not periodic
 * @param dimension  empty when the kind has none
 */
public record RollupKey(RollupKind kind, String businessUnit, int fiscalYear, String period, String dimension) {

    /** Between a job role and a competency in a GAP key; neither contains it. */
    public static final String SEPARATOR = "\u001f";
    /** The program of contracts started without a template. */
    public static final String OTHER_PROGRAM = "other";

    public String id() {
        return kind + "|" + businessUnit + "|" + fiscalYear + "|" + period + "|" + dimension;
    }

    /** The same bucket for another period (a quarter or the year). */
    public RollupKey inPeriod(String otherPeriod) {
        return new RollupKey(kind, businessUnit, fiscalYear, otherPeriod, dimension);
    }

    public static RollupKey main(String businessUnit, int fiscalYear, String period) {
        return new RollupKey(RollupKind.MAIN, businessUnit, fiscalYear, period, "");
    }

    public static RollupKey budget(String businessUnit, int fiscalYear, String period) {
        return new RollupKey(RollupKind.BUDGET, businessUnit, fiscalYear, period, "");
    }

    public static RollupKey provider(String businessUnit, int fiscalYear, String period, String provider) {
        return new RollupKey(RollupKind.PROVIDER, businessUnit, fiscalYear, period, provider);
    }

    public static RollupKey activity(String businessUnit, int fiscalYear, String period, String activityType) {
        return new RollupKey(RollupKind.ACTIVITY, businessUnit, fiscalYear, period, activityType);
    }

    public static RollupKey main(String businessUnit, int fiscalYear, int month) {
        return new RollupKey(RollupKind.MAIN, businessUnit, fiscalYear, FiscalPeriod.monthKey(month), "");
    }

    public static RollupKey budget(String businessUnit, int fiscalYear, int month) {
        return new RollupKey(RollupKind.BUDGET, businessUnit, fiscalYear, FiscalPeriod.monthKey(month), "");
    }

    public static RollupKey provider(String businessUnit, int fiscalYear, int month, String provider) {
        return new RollupKey(RollupKind.PROVIDER, businessUnit, fiscalYear, FiscalPeriod.monthKey(month), provider);
    }

    public static RollupKey activity(String businessUnit, int fiscalYear, int month, String activityType) {
        return new RollupKey(RollupKind.ACTIVITY, businessUnit, fiscalYear, FiscalPeriod.monthKey(month), activityType);
    }

    public static RollupKey competency(String businessUnit, int fiscalYear, String period, String competencyId) {
        return new RollupKey(RollupKind.COMPETENCY, businessUnit, fiscalYear, period, competencyId);
    }

    public static RollupKey program(String businessUnit, int fiscalYear, String program) {
        return new RollupKey(RollupKind.PROGRAM, businessUnit, fiscalYear, "", program);
    }

    public static RollupKey current(String businessUnit, int fiscalYear) {
        return new RollupKey(RollupKind.CURRENT, businessUnit, fiscalYear, "", "");
    }

    public static RollupKey head(String businessUnit, String jobRole) {
        return new RollupKey(RollupKind.HEAD, businessUnit, 0, "", jobRole);
    }

    public static RollupKey gap(String businessUnit, String jobRole, String competencyId) {
        return new RollupKey(RollupKind.GAP, businessUnit, 0, "", jobRole + SEPARATOR + competencyId);
    }
}
