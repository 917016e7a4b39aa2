package io.pactum.competency.application;

import io.pactum.competency.domain.RoleProfile;
import io.pactum.events.competency.RoleProfileChanged;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Role profiles; each write stores the profile and its RoleProfileChanged together. */
public interface RoleProfileStore {

    Optional<Stored> find(String jobRole);

    Map<String, RoleProfile> findAll(Collection<String> jobRoles);

    List<RoleProfile> all();

    /** @return false when the profile exists already */
    boolean insert(RoleProfile profile, RoleProfileChanged event);

    /** @return false when the profile changed meanwhile */
    boolean update(Stored before, RoleProfile after, RoleProfileChanged event);

    record Stored(RoleProfile profile, long version) {
    }
}
