package io.pactum.analytics.domain;

import io.pactum.events.EventCatalog;
import io.pactum.events.EventEnvelope;
import io.pactum.events.PactumEvent;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Envelopes for domain tests: an event as it arrives, at a given time. */
final class Events {

    private Events() {
    }

    static EventEnvelope at(String instant, PactumEvent data) {
        return new EventEnvelope(UUID.randomUUID().toString(), EventCatalog.of(data).type(), URI.create("/pactum/test"),
                data.employeeId(), OffsetDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC), data);
    }
}
