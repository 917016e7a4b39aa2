package io.pactum.events.competency;

import io.pactum.events.EventType;
import java.util.List;

/**
 * A role profile changed; it is about a role, not a person, so employeeId is the id of the L&D admin who
 * changed it.
 *
 * @param requirements the profile's requirements after the change; absent in events published before it was carried
 */
@EventType("pactum.competency.role-profile-changed.v1")
public record RoleProfileChanged(
        String employeeId,
        String jobRole,
        int version,
        List<RequiredLevel> requirements) implements CompetencyEvent {

    public RoleProfileChanged {
        requirements = requirements == null ? null : List.copyOf(requirements);
    }

    /** Without the requirements, as first published. */
    public RoleProfileChanged(String employeeId, String jobRole, int version) {
        this(employeeId, jobRole, version, null);
    }
}
