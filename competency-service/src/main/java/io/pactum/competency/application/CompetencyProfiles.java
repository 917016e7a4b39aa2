package io.pactum.competency.application;

import io.pactum.chassis.security.Caller;
import io.pactum.chassis.web.ConflictException;
import io.pactum.chassis.web.InvalidFieldException;
import io.pactum.competency.domain.CompetencyCatalogue;
import io.pactum.competency.domain.CompetencyProfile;
import io.pactum.competency.domain.Employee;
import io.pactum.competency.domain.Rating;
import io.pactum.competency.domain.RatingSource;
import io.pactum.competency.domain.RuleViolation;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import java.util.Map;

/**
 * Employees' competency profiles: who may see and rate whom, and the one write that records a rating with
 * the CompetencyLevelChanged it causes (and, for an inbound event, its id).
 */
@Service
public class CompetencyProfiles {

    private static final int ATTEMPTS = 5;

    private final CompetencyProfileStore store;
    private final EmployeeAccess access;
    private final Frameworks frameworks;
    private final Clock clock;
    private final Duration staleAfter;

    public CompetencyProfiles(CompetencyProfileStore store, EmployeeAccess access, Frameworks frameworks, Clock clock,
                              @Value("${pactum.competency.rating-stale-after}") Duration staleAfter) {
        this.store = store;
        this.access = access;
        this.frameworks = frameworks;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    public List<CompetencyProfile.CurrentLevel> current(Caller caller, String employeeId) {
        access.visible(caller, employeeId);
        return profileOf(employeeId).currentLevels(clock.instant(), staleAfter);
    }

    public List<Rating> history(Caller caller, String employeeId, String competencyId) {
        access.visible(caller, employeeId);
        return profileOf(employeeId).historyOf(competencyId);
    }

    public CompetencyProfile profileOf(String employeeId) {
        return store.find(employeeId).map(CompetencyProfileStore.Stored::profile).orElse(CompetencyProfile.empty(employeeId));
    }

    public CompetencyProfile.CurrentLevel rate(Caller caller, String employeeId, String competencyId, int level,
                                               RatingSource source, String reference) {
        Employee employee = access.visible(caller, employeeId);
        if (source == RatingSource.CONTRACT_ASSESSMENT) {
            throw new InvalidFieldException("source", "CONTRACT_ASSESSMENT comes only from completed contracts");
        }
        if (!source.mayBeGivenBy(EmployeeAccess.rater(caller, employee))) {
            throw new AccessDeniedException(switch (source) {
                case SELF -> "only the employee rates themself";
                case MANAGER -> "only the employee's direct manager gives a MANAGER rating";
                default -> "only an L&D admin of the employee's business unit records a certification";
            });
        }
        List<RuleViolation> violations = frameworks.catalogue().checkLevel("competencyId", competencyId, "level", level);
        if (!violations.isEmpty()) {
            throw new InvalidFieldException(violations.stream()
                    .map(v -> new InvalidFieldException.FieldError(v.field(), v.message())).toList());
        }
        Rating rating = new Rating(competencyId, level, source, caller.id(), clock.instant(), reference);
        change(employeeId, profile -> profile.rate(rating), null);
        return new CompetencyProfile.CurrentLevel(rating, false);
    }

    /**
     * Applies a change to the employee's profile in one conditional write, retrying when another write came
     * first.
     *
     * @param causedBy the inbound event's id, recorded in the same write; null for a command
     * @return false when the event was applied already (a redelivery): nothing was written
     */
    public boolean change(String employeeId, Function<CompetencyProfile, CompetencyProfile.Rated> change, String causedBy) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<CompetencyProfileStore.Stored> stored = store.find(employeeId);
            if (causedBy != null && stored.isPresent() && stored.get().appliedEventIds().contains(causedBy)) {
                return false;
            }
            CompetencyProfile.Rated rated = change.apply(stored.map(CompetencyProfileStore.Stored::profile)
                    .orElse(CompetencyProfile.empty(employeeId)));
            boolean written = stored.isEmpty()
                    ? store.insert(rated.profile(), rated.events(), causedBy)
                    : store.update(stored.get(), rated.profile(), rated.events(), causedBy);
            if (written) {
                return true;
            }
        }
        throw new ConflictException("the competency profile of " + employeeId + " keeps changing; retry");
    }

    public Map<String, CompetencyProfile> profiles(List<String> employeeIds) {
        return store.findAll(employeeIds);
    }

    public CompetencyCatalogue catalogue() {
        return frameworks.catalogue();
    }
}
