package io.pactum.competency.application;

import io.pactum.chassis.security.Caller;
import io.pactum.chassis.security.Role;
import io.pactum.chassis.web.NotFoundException;
import io.pactum.competency.domain.CompetencyProfile;
import io.pactum.competency.domain.Employee;
import io.pactum.competency.domain.GapAnalysis;
import io.pactum.competency.domain.GapHeatmap;
import io.pactum.competency.domain.RequiredCompetency;
import io.pactum.competency.domain.RoleProfile;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** Gaps between people and role profiles: one employee against a role, and a business unit's heatmap. */
@Service
public class GapAnalyses {

    private final EmployeeAccess access;
    private final EmployeeStore employees;
    private final CompetencyProfiles profiles;
    private final RoleProfileStore roles;
    private final ContractTemplates templates;

    public GapAnalyses(EmployeeAccess access, EmployeeStore employees, CompetencyProfiles profiles, RoleProfileStore roles,
                       ContractTemplates templates) {
        this.access = access;
        this.employees = employees;
        this.profiles = profiles;
        this.roles = roles;
        this.templates = templates;
    }

    /**
     * Suggests the contract templates of the employee's business unit (of any unit when theirs has none for a gap).
     *
     * @param targetRole the role to measure against; null for the employee's current job role
     */
    public GapAnalysis gaps(Caller caller, String employeeId, String targetRole) {
        Employee employee = access.visible(caller, employeeId);
        String jobRole = targetRole == null || targetRole.isBlank() ? employee.jobRole() : targetRole;
        RoleProfile role = roles.find(jobRole).map(RoleProfileStore.Stored::profile)
                .orElseThrow(() -> new NotFoundException("no role profile for " + jobRole));
        List<String> required = role.requirements().stream().map(RequiredCompetency::competencyId).toList();
        return GapAnalysis.of(profiles.profileOf(employeeId), role, profiles.catalogue(),
                templates.forEmployeeOf(employee.businessUnit(), required));
    }

    /** For L&D admins and analysts of the unit. */
    public GapHeatmap heatmap(Caller caller, String businessUnit) {
        if (!caller.hasAny(Role.LD_ADMIN, Role.ANALYST)) {
            throw new AccessDeniedException("the gap heatmap is for L&D admins and analysts");
        }
        if (!caller.actsFor(businessUnit, Role.LD_ADMIN, Role.ANALYST)) {
            throw new NotFoundException("business unit " + businessUnit + " not found");
        }
        List<Employee> members = employees.activeIn(businessUnit);
        Map<String, RoleProfile> profilesByRole = roles.findAll(members.stream().map(Employee::jobRole).distinct().toList());
        return GapHeatmap.of(businessUnit, members.stream().map(e -> new GapHeatmap.Member(e.id(), e.jobRole())).toList(),
                profilesByRole, profilesOf(members), profiles.catalogue());
    }

    private Map<String, CompetencyProfile> profilesOf(List<Employee> members) {
        return profiles.profiles(members.stream().map(Employee::id).toList());
    }
}
