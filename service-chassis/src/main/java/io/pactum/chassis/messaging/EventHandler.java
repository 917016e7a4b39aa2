package io.pactum.chassis.messaging;

import io.pactum.events.EventEnvelope;

/**
 * Applies one inbound event. Must be idempotent: record the event id in the same single-document
 * write as the effect (see {@link AppliedEvents}), so a redelivered event changes nothing.
 * Events of types the handler does not care about are simply ignored.
 */
@FunctionalInterface
public interface EventHandler {

    void handle(EventEnvelope event);
}
