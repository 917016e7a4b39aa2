package io.pactum.competency.persistence;

import io.pactum.chassis.outbox.PendingEvent;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

@Document(EmployeeDocument.COLLECTION)
class EmployeeDocument {

    static final String COLLECTION = "employees";

    @Id
    String id;
    @Version
    Long version;
    String name;
    String email;
    String locale;
    String timeZone;
    @Indexed
    String businessUnit;
    String jobRole;
    // written even when null: the chassis's writer sets only the fields the converter writes, so a removed manager must be written as null
    @Indexed
    @Field(write = Field.Write.ALWAYS)
    String managerId;
    boolean active;
    List<PendingEvent> pendingEvents = new ArrayList<>();
}
