package io.pactum.competency.application;

import io.pactum.competency.domain.CompetencyProfile;
import io.pactum.events.competency.CompetencyLevelChanged;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Employees' competency profiles. Each write stores the profile, the CompetencyLevelChanged events it caused
 * and, for a change caused by an inbound event, that event's id — one single-document write.
 */
public interface CompetencyProfileStore {

    Optional<Stored> find(String employeeId);

    Map<String, CompetencyProfile> findAll(Collection<String> employeeIds);

    /** @return false when a profile for the employee exists already */
    boolean insert(CompetencyProfile profile, List<CompetencyLevelChanged> events, String causedBy);

    /** @return false when the profile changed meanwhile or the causing event was applied already */
    boolean update(Stored before, CompetencyProfile after, List<CompetencyLevelChanged> events, String causedBy);

    record Stored(CompetencyProfile profile, long version, Set<String> appliedEventIds) {
    }
}
