package io.pactum.chassis.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is calling: the token's subject (an employee id), roles, and the business units an LD_ADMIN,
 * FINANCE or ANALYST works for. Controllers take it as a method parameter.
 */
public record Caller(String id, Set<Role> roles, Set<String> businessUnits) {

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        businessUnits = Set.copyOf(businessUnits);
    }

    public static Caller of(String id, Collection<Role> roles, Collection<String> businessUnits) {
        return new Caller(id, Set.copyOf(roles), Set.copyOf(businessUnits));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        for (Role role : any) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean isSelf(String employeeId) {
        return id.equals(employeeId);
    }

    /** True when the caller has one of the given roles for the given business unit. */
    public boolean actsFor(String businessUnit, Role... rolesForUnit) {
        return businessUnit != null && businessUnits.contains(businessUnit) && hasAny(rolesForUnit);
    }
}
