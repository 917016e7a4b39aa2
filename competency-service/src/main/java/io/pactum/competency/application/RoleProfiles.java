package io.pactum.competency.application;

import io.pactum.chassis.security.Caller;
import io.pactum.chassis.security.Role;
import io.pactum.chassis.web.ConflictException;
import io.pactum.chassis.web.InvalidFieldException;
import io.pactum.chassis.web.NotFoundException;
import io.pactum.competency.domain.RoleProfile;
import io.pactum.competency.domain.RuleViolation;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** Role profiles: L&D admins write them (RoleProfileChanged in the same write); every signed-in user reads them. */
@Service
public class RoleProfiles {

    private final RoleProfileStore store;
    private final Frameworks frameworks;

    public RoleProfiles(RoleProfileStore store, Frameworks frameworks) {
        this.store = store;
        this.frameworks = frameworks;
    }

    public RoleProfile get(String jobRole) {
        return store.find(jobRole).map(RoleProfileStore.Stored::profile)
                .orElseThrow(() -> new NotFoundException("no role profile for " + jobRole));
    }

    public List<RoleProfile> list() {
        return store.all();
    }

    /** Creates or replaces the profile; the same content again changes nothing and publishes nothing. */
    public RoleProfile put(Caller caller, RoleProfile content) {
        if (!caller.has(Role.LD_ADMIN)) {
            throw new AccessDeniedException("only an L&D admin writes role profiles");
        }
        List<RuleViolation> violations = content.violations(frameworks.catalogue());
        if (!violations.isEmpty()) {
            throw new InvalidFieldException(violations.stream()
                    .map(v -> new InvalidFieldException.FieldError(v.field(), v.message())).toList());
        }
        Optional<RoleProfileStore.Stored> stored = store.find(content.jobRole());
        if (stored.isEmpty()) {
            RoleProfile.Revised first = content.create(caller.id());
            if (!store.insert(first.profile(), first.event())) {
                throw new ConflictException("the role profile for " + content.jobRole() + " was created meanwhile; retry");
            }
            return first.profile();
        }
        Optional<RoleProfile.Revised> revised = stored.get().profile().revise(content, caller.id());
        if (revised.isEmpty()) {
            return stored.get().profile();
        }
        if (!store.update(stored.get(), revised.get().profile(), revised.get().event())) {
            throw new ConflictException("the role profile for " + content.jobRole() + " changed meanwhile; retry");
        }
        return revised.get().profile();
    }
}
