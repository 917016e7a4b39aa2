package io.pactum.chassis.security;

import io.pactum.chassis.web.NotFoundException;
import io.pactum.chassis.workforce.WorkforceDirectory;
import io.pactum.chassis.workforce.WorkforceMember;
import java.util.Optional;

/**
 * Object-level access to an employee's records: the employee themself, their direct manager (from the
 * workforce projection), and LD_ADMIN, FINANCE or ANALYST callers of the employee's business unit.
 * A record one may not see answers 404, as if it did not exist.
 */
public class AccessPolicy {

    private final WorkforceDirectory directory;

    public AccessPolicy(WorkforceDirectory directory) {
        this.directory = directory;
    }

    public boolean canSee(Caller caller, String employeeId) {
        if (caller.isSelf(employeeId)) {
            return true;
        }
        Optional<WorkforceMember> member = directory.find(employeeId);
        if (member.isEmpty()) {
            return false;
        }
        if (caller.has(Role.MANAGER) && caller.id().equals(member.get().managerId())) {
            return true;
        }
        return caller.actsFor(member.get().businessUnit(), Role.LD_ADMIN, Role.FINANCE, Role.ANALYST);
    }

    /** Throws {@link NotFoundException} (404) unless the caller may see the employee's records. */
    public void requireVisible(Caller caller, String employeeId, String what) {
        if (!canSee(caller, employeeId)) {
            throw new NotFoundException(what + " not found");
        }
    }

    /** True when the caller has one of the roles for the business unit the employee belongs to. */
    public boolean actsForEmployee(Caller caller, String employeeId, Role... roles) {
        return directory.find(employeeId).map(m -> caller.actsFor(m.businessUnit(), roles)).orElse(false);
    }
}
