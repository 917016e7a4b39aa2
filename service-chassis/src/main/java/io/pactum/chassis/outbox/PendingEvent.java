package io.pactum.chassis.outbox;

import java.time.Instant;

/**
 * An event waiting inside its aggregate's document to be published. The aggregate stores its state
 * change and these events in one single-document write; the {@link OutboxRelay} publishes them and then
 * removes them. Kept as stored JSON so the relay never needs the producer's Java types.
 *
 * @param eventId     unique event id (the CloudEvents {@code id}); consumers deduplicate on it
 * @param type        logical type name
 * @param topic       Kafka topic
 * @param subject     employee id: CloudEvents subject and Kafka key
 * @param occurredAt  when the change happened
 * @param payload     the event data as JSON
 * @param traceparent W3C trace context of the request that caused it, or null
 */
public record PendingEvent(String eventId, String type, String topic, String subject, Instant occurredAt,
                           String payload, String traceparent) {
}
