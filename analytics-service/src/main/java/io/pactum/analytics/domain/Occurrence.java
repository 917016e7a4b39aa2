package io.pactum.analytics.domain;

import io.pactum.events.EventEnvelope;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** When an event happened: its own timestamp field when it has one, else the CloudEvent time (to the millisecond, as stored). */
final class Occurrence {

    private Occurrence() {
    }

    static Instant of(EventEnvelope event, Instant own) {
        Instant at = own != null ? own : event.time() != null ? event.time().toInstant() : Instant.EPOCH;
        return at.truncatedTo(ChronoUnit.MILLIS);
    }

    static Instant of(EventEnvelope event) {
        return of(event, null);
    }
}
