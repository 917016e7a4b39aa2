package io.pactum.events.workforce;

import io.pactum.events.EventType;

/** An employee left or was deactivated in the directory; they keep their records but get no new work. */
@EventType("pactum.workforce.employee-deactivated.v1")
public record EmployeeDeactivated(String employeeId, String businessUnit) implements WorkforceEvent {
}
