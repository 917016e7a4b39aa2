package io.pactum.competency.persistence;

import io.pactum.chassis.outbox.PendingEvent;
import io.pactum.competency.domain.RequiredCompetency;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

/** A role profile, keyed by job role, with its RoleProfileChanged events waiting for the relay. */
@Document(RoleProfileDocument.COLLECTION)
class RoleProfileDocument {

    static final String COLLECTION = "role_profiles";

    @Id
    String jobRole;
    @Version
    Long version;
    int revision;
    // written even when null, so that removing the description removes it (the chassis's writer sets only written fields)
    @Field(write = Field.Write.ALWAYS)
    String description;
    List<RequiredCompetency> requirements;
    List<String> futureRoles;
    List<PendingEvent> pendingEvents = new ArrayList<>();
}
