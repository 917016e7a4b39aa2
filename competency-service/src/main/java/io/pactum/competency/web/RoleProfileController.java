package io.pactum.competency.web;

import io.pactum.chassis.security.Caller;
import io.pactum.competency.application.RoleProfiles;
import io.pactum.competency.domain.RequiredCompetency;
import io.pactum.competency.domain.RoleProfile;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Role profiles over HTTP: every signed-in user reads them, L&D admins write them. */
@RestController
@RequestMapping("/api/role-profiles")
class RoleProfileController {

    private final RoleProfiles roleProfiles;

    RoleProfileController(RoleProfiles roleProfiles) {
        this.roleProfiles = roleProfiles;
    }

    record RequirementRequest(@NotBlank String competencyId, @NotNull Integer level, @NotNull Integer weight) {
    }

    record RoleProfileRequest(String description, @NotEmpty List<@Valid RequirementRequest> requirements,
                              List<String> futureRoles) {
    }

    /** Named apart from the frameworks' list, so that the OpenAPI document keeps the two schemas apart. */
    record RoleProfileList(List<RoleProfile> items) {
    }

    @GetMapping
    RoleProfileList list(Caller caller) {
        return new RoleProfileList(roleProfiles.list());
    }

    @GetMapping("/{jobRole}")
    RoleProfile get(@PathVariable String jobRole, Caller caller) {
        return roleProfiles.get(jobRole);
    }

    @PutMapping("/{jobRole}")
    RoleProfile put(@PathVariable String jobRole, @Valid @RequestBody RoleProfileRequest request, Caller caller) {
        return roleProfiles.put(caller, RoleProfile.draft(jobRole,
                request.description() == null || request.description().isBlank() ? null : request.description(),
                request.requirements().stream().map(r -> new RequiredCompetency(r.competencyId(), r.level(), r.weight())).toList(),
                request.futureRoles()));
    }
}
