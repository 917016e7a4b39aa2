package io.pactum.chassis.outbox;

import io.pactum.chassis.observability.TraceContext;
import io.pactum.events.EventCatalog;
import io.pactum.events.EventDescriptor;
import io.pactum.events.EventJson;
import io.pactum.events.PactumEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Turns domain events into {@link PendingEvent}s to be stored in the aggregate's document, in the
 * same write as the state change that caused them, under the field {@link #FIELD}.
 */
public class Outbox {

    /** The field of an aggregate document that holds its pending events. */
    public static final String FIELD = "pendingEvents";

    private final Clock clock;
    private final TraceContext traceContext;

    public Outbox(Clock clock, TraceContext traceContext) {
        this.clock = clock;
        this.traceContext = traceContext;
    }

    public PendingEvent pending(PactumEvent event) {
        EventDescriptor descriptor = EventCatalog.of(event);
        return new PendingEvent(UUID.randomUUID().toString(), descriptor.type(), descriptor.topic(),
                event.employeeId(), clock.instant(),
                new String(EventJson.write(event), StandardCharsets.UTF_8), traceContext.currentTraceparent());
    }

    public List<PendingEvent> pending(List<? extends PactumEvent> events) {
        return events.stream().map(this::pending).toList();
    }
}
