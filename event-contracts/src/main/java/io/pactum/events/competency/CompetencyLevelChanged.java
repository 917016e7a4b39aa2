package io.pactum.events.competency;

import io.pactum.events.EventType;

/** An employee's proficiency level in a competency changed. */
@EventType("pactum.competency.level-changed.v1")
public record CompetencyLevelChanged(
        String employeeId,
        String competencyId,
        int fromLevel,
        int toLevel,
        String source,
        String ratedBy) implements CompetencyEvent {
}
