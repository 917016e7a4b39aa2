package io.pactum.notification.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A stored reminder: SCHEDULED, CLAIMED (by one instance until {@code claimedUntil}), DONE, SKIPPED (fell due too late
 * to tell anything) or CANCELLED. Reminders stored before {@code contractTitle} and {@code staleAfter} existed have neither.
 */
@Document(MongoReminderBook.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(name = "due", def = "{'status': 1, 'dueAt': 1}"),
        @CompoundIndex(name = "cancel", def = "{'cancelKeys': 1, 'status': 1}")})
record ReminderDocument(@Id String id, String kind, String employeeId, String contractId, String milestoneId,
                        String title, String dueDate, String awaiting, String businessUnit, Instant dueAt,
                        List<String> cancelKeys, String status, Instant claimedUntil, Instant doneAt,
                        String contractTitle, Instant staleAfter) {
}
