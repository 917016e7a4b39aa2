package io.pactum.events.workforce;

import io.pactum.events.EventType;

/** An employee was created or changed in the directory; every service keeps a projection of these. */
@EventType("pactum.workforce.employee-upserted.v1")
public record EmployeeUpserted(
        String employeeId,
        String name,
        String email,
        String locale,
        String timeZone,
        String businessUnit,
        String jobRole,
        String managerId,
        boolean active) implements WorkforceEvent {
}
