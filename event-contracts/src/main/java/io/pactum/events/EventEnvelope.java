package io.pactum.events;

import java.net.URI;
import java.time.OffsetDateTime;

/**
 * An event as it travels: the CloudEvents 1.0 attributes Pactum uses, and the decoded data.
 *
 * @param id      unique per event; consumers record it to apply each event once
 * @param type    logical type name from the catalogue
 * @param source  the producing service, e.g. {@code /pactum/contract-service}
 * @param subject the employee id (also the Kafka key)
 * @param time    when the event occurred
 * @param data    the event's record
 */
public record EventEnvelope(String id, String type, URI source, String subject, OffsetDateTime time, PactumEvent data) {
}
