package io.pactum.competency.application;

import io.pactum.chassis.security.Caller;
import io.pactum.chassis.security.Role;
import io.pactum.chassis.web.NotFoundException;
import io.pactum.competency.domain.Employee;
import io.pactum.competency.domain.RatingSource;
import org.springframework.stereotype.Component;

/**
 * Who may see an employee's records here, read from the directory this service owns (not the projection,
 * so a change is in force at once): the employee, their direct manager, and LD_ADMIN/FINANCE/ANALYST of
 * their business unit. Anyone else gets 404, as if the employee did not exist.
 */
@Component
public class EmployeeAccess {

    private final EmployeeStore employees;

    public EmployeeAccess(EmployeeStore employees) {
        this.employees = employees;
    }

    public Employee visible(Caller caller, String employeeId) {
        return employees.find(employeeId).map(EmployeeStore.Stored::employee).filter(e -> canSee(caller, e))
                .orElseThrow(() -> new NotFoundException("employee " + employeeId + " not found"));
    }

    public static boolean canSee(Caller caller, Employee employee) {
        return caller.isSelf(employee.id())
                || (caller.has(Role.MANAGER) && caller.id().equals(employee.managerId()))
                || caller.actsFor(employee.businessUnit(), Role.LD_ADMIN, Role.FINANCE, Role.ANALYST);
    }

    /** The caller in relation to the employee they rate. */
    public static RatingSource.Rater rater(Caller caller, Employee employee) {
        return new RatingSource.Rater(caller.id(), caller.isSelf(employee.id()),
                caller.has(Role.MANAGER) && caller.id().equals(employee.managerId()),
                caller.actsFor(employee.businessUnit(), Role.LD_ADMIN));
    }
}
