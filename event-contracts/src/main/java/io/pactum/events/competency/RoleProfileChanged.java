package io.pactum.events.competency;

import io.pactum.events.EventType;

/** A role profile changed; it is about a role, not a person, so employeeId is the id of the L&D admin who changed it. */
@EventType("pactum.competency.role-profile-changed.v1")
public record RoleProfileChanged(
        String employeeId,
        String jobRole,
        int version) implements CompetencyEvent {}
