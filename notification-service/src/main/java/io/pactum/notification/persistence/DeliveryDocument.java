package io.pactum.notification.persistence;

import io.pactum.chassis.outbox.PendingEvent;
import io.pactum.notification.domain.DigestItem;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One delivery. Unique on (cause, recipient, channel) — the id is derived from the same three — so a cause
 * delivers once per person and channel. Its NotificationSent/NotificationFailed events wait in
 * {@code pendingEvents} (written with the status change) for the outbox relay. A daily digest holds its {@code items}
 * (and their causes in {@code itemKeys}).
 */
@Document(MongoDeliveries.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(name = "one_per_cause_recipient_channel", def = "{'cause': 1, 'recipientId': 1, 'channel': 1}", unique = true),
        @CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}"),
        @CompoundIndex(name = "inbox", def = "{'recipientId': 1, 'channel': 1, 'createdAt': -1}")})
record DeliveryDocument(@Id String id, String cause, String category, String channel, String recipientId,
                        String employeeId, String address, String subject, String text, String html,
                        String unsubscribeUrl, String status, int failedDispatches, String lastError,
                        Instant createdAt, Instant nextAttemptAt, String claimId, Instant claimedUntil,
                        Instant sentAt, Instant readAt, List<DigestItem> items, List<String> itemKeys,
                        List<PendingEvent> pendingEvents) {
}
