package io.pactum.notification.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What notification-service remembers of one contract: its latest signed revision's milestones and check-in cadence
 * (dates as ISO strings), and the latest check-in recorded.
 */
@Document(MongoSignedContracts.COLLECTION)
record SignedContractDocument(@Id String contractId, String employeeId, int revision, String title, String businessUnit,
                              List<Milestone> milestones, Integer checkInEveryDays, String start, String end,
                              Instant lastCheckInAt) {

    record Milestone(String milestoneId, String title, String dueDate) {
    }
}
