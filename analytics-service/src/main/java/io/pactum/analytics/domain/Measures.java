package io.pactum.analytics.domain;

/** The names of the figures the buckets hold (plain identifiers: they become field names in the store). */
public final class Measures {

    // MAIN: counters
    public static final String FUNNEL_PROPOSED = "funnelProposed";
    public static final String FUNNEL_SIGNED = "funnelSigned";
    public static final String FUNNEL_ACTIVE = "funnelActive";
    public static final String FUNNEL_COMPLETED = "funnelCompleted";
    /** MAIN histogram: days from proposal to signature, in tenths of a day */
    public static final String SIGNATURE_TENTHS_OF_DAYS = "signatureTenthsOfDays";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";
    /** cancelled after having been ACTIVE: an ended contract that did not complete */
    public static final String CANCELLED_ACTIVE = "cancelledActive";
    public static final String MILESTONES_ON_TIME = "milestonesOnTime";
    /** completed after the due date without having been reported missed */
    public static final String MILESTONES_LATE = "milestonesLate";
    public static final String MILESTONES_MISSED = "milestonesMissed";
    public static final String CHECK_INS_RECORDED = "checkInsRecorded";
    public static final String CHECK_INS_MISSED = "checkInsMissed";
    public static final String LEVELS_GAINED = "levelsGained";

    // BUDGET
    public static final String ACCOUNTS = "accounts";
    public static final String ALLOCATED = "allocated";
    public static final String RESERVED = "reserved";
    public static final String SPENT = "spent";

    // PROVIDER, ACTIVITY, PROGRAM, COMPETENCY
    public static final String CONTRACTS = "contracts";
    public static final String PLANNED = "planned";
    public static final String COST = "cost";
    public static final String EMPLOYEES = "employees";

    // CURRENT, HEAD
    public static final String AT_RISK = "atRisk";
    public static final String HEADCOUNT = "headcount";

    private Measures() {
    }

    /** MAIN counter: contracts that entered (+1) or left (−1) a status in the month. */
    public static String status(ContractStatus status) {
        return "status" + status.name();
    }

    /** PROVIDER counter: the provider's contracts with an activity of this type. */
    public static String activityType(String type) {
        return "type" + type;
    }

    /** GAP counter: active people of the role at this level of the competency. */
    public static String level(int level) {
        return "level" + level;
    }
}
