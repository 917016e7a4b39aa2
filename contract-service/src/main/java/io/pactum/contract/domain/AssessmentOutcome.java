package io.pactum.contract.domain;

import io.pactum.events.contract.ObjectiveResult;
import java.time.Instant;
import java.util.List;

/** The assessment that closed the contract: achieved or not, the level reached per objective's competency. */
public record AssessmentOutcome(Result result, List<ObjectiveResult> objectiveResults, String notes,
                                String assessedBy, Instant assessedAt) {

    public AssessmentOutcome {
        objectiveResults = objectiveResults == null ? List.of() : List.copyOf(objectiveResults);
    }

    public enum Result {
        ACHIEVED, NOT_ACHIEVED
    }
}
