package io.pactum.events.contract;

/** The proficiency level an employee achieved in one objective's competency. */
public record ObjectiveResult(String competencyId, int achievedLevel) {
}
