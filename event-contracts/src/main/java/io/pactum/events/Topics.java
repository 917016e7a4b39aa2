package io.pactum.events;

/** One topic per producing context; records are keyed by employee id so one employee's events stay ordered. */
public final class Topics {

    public static final String CONTRACTS = "pactum.contracts";
    public static final String BUDGETS = "pactum.budgets";
    public static final String COMPETENCIES = "pactum.competencies";
    public static final String WORKFORCE = "pactum.workforce";
    public static final String NOTIFICATIONS = "pactum.notifications";

    private Topics() {
    }
}
