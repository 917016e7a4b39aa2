package io.pactum.competency.persistence;

import io.pactum.chassis.outbox.PendingEvent;
import io.pactum.competency.domain.Rating;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An employee's competency profile: every rating in order, the CompetencyLevelChanged events waiting for the
 * relay, and the ids of the inbound events already applied (ContractCompleted), all in one document.
 */
@Document(CompetencyProfileDocument.COLLECTION)
class CompetencyProfileDocument {

    static final String COLLECTION = "competency_profiles";

    @Id
    String employeeId;
    @Version
    Long version;
    List<Rating> history = new ArrayList<>();
    List<PendingEvent> pendingEvents = new ArrayList<>();
    List<String> appliedEventIds = new ArrayList<>();
}
