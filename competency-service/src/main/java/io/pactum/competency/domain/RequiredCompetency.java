package io.pactum.competency.domain;

/**
 * A competency a job role requires, at a level, with its strategic priority weight (1 = nice to have,
 * 5 = where the company's strategy needs it most); gaps are weighted by it.
 */
public record RequiredCompetency(String competencyId, int level, int weight) {

    public static final int MIN_WEIGHT = 1;
    public static final int MAX_WEIGHT = 5;
}
