package io.pactum.competency.domain;

/** Where a proficiency rating comes from, and who may give it. */
public enum RatingSource {
    /** The employee's own view of themself. */
    SELF,
    /** The employee's direct manager. */
    MANAGER,
    /** A certification, recorded by an L&D admin of the employee's business unit. */
    CERTIFICATION,
    /** A completed learning contract's assessment; only ever from the ContractCompleted event. */
    CONTRACT_ASSESSMENT;

    /** Whether this rater may give a rating of this source over the API. */
    public boolean mayBeGivenBy(Rater rater) {
        return switch (this) {
            case SELF -> rater.isTheEmployee();
            case MANAGER -> rater.isTheirManager();
            case CERTIFICATION -> rater.isLdAdminOfTheirUnit();
            case CONTRACT_ASSESSMENT -> false;
        };
    }

    /** Who is rating an employee, in relation to that employee. */
    public record Rater(String id, boolean isTheEmployee, boolean isTheirManager, boolean isLdAdminOfTheirUnit) {
    }
}
