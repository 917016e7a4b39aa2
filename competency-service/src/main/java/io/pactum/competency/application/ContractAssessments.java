package io.pactum.competency.application;

import io.pactum.competency.domain.CompetencyCatalogue;
import io.pactum.competency.domain.Rating;
import io.pactum.competency.domain.RatingSource;
import io.pactum.events.EventEnvelope;
import io.pactum.events.contract.ContractCompleted;
import io.pactum.events.contract.ObjectiveResult;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A completed contract's assessment raises the employee's levels: each achieved objective becomes a
 * CONTRACT_ASSESSMENT rating, in one write with the CompetencyLevelChanged events and the event's id, so a
 * redelivered ContractCompleted changes nothing and publishes nothing.
 */
@Service
public class ContractAssessments {

    private static final Logger log = LoggerFactory.getLogger(ContractAssessments.class);

    private final CompetencyProfiles profiles;
    private final Clock clock;

    public ContractAssessments(CompetencyProfiles profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    public void handle(EventEnvelope event) {
        if (!(event.data() instanceof ContractCompleted completed)) {
            return;
        }
        List<Rating> ratings = ratings(completed, profiles.catalogue());
        if (ratings.isEmpty()) {
            return;
        }
        if (!profiles.change(completed.employeeId(), profile -> profile.rateAll(ratings), event.id())) {
            log.info("contract {} assessment already applied to {}", completed.contractId(), completed.employeeId());
        }
    }

    /**
     * One rating per competency (the highest level achieved in it); objectives naming no competency of a
     * framework, or a level off its scale, are left out — redelivering the event would not make them fit.
     */
    private List<Rating> ratings(ContractCompleted completed, CompetencyCatalogue catalogue) {
        Map<String, Integer> achieved = new LinkedHashMap<>();
        for (ObjectiveResult result : completed.objectiveResults() == null ? List.<ObjectiveResult>of() : completed.objectiveResults()) {
            var problems = catalogue.checkLevel("competencyId", result.competencyId(), "achievedLevel", result.achievedLevel());
            if (problems.isEmpty()) {
                achieved.merge(result.competencyId(), result.achievedLevel(), Math::max);
            } else {
                log.warn("contract {}: objective in {} at level {} not recorded: {}", completed.contractId(),
                        result.competencyId(), result.achievedLevel(), problems.getFirst().message());
            }
        }
        Instant at = completed.completedAt() != null ? completed.completedAt() : clock.instant();
        return achieved.entrySet().stream().map(e -> new Rating(e.getKey(), e.getValue(), RatingSource.CONTRACT_ASSESSMENT,
                null, at, "contract " + completed.contractId())).toList();
    }
}
