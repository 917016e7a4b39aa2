package io.pactum.chassis.workforce;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person in this service's projection of the workforce directory (owned by competency-service,
 * learnt from {@code pactum.workforce}). The access rules and reminders read it.
 *
 * @param asOf time of the directory event this state comes from; an older event never overwrites it
 */
@Document(WorkforceDirectory.COLLECTION)
public record WorkforceMember(
        @Id String employeeId,
        String name,
        String email,
        String locale,
        String timeZone,
        String businessUnit,
        String jobRole,
        String managerId,
        boolean active,
        Instant asOf) {
}
