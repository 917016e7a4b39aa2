package io.pactum.events;

/**
 * Every event Pactum publishes. One sealed sub-interface per producing context (listed in
 * {@link EventCatalog#CONTEXTS}), each naming its topic; every concrete event is a record in the
 * context's package, permitted by that interface and annotated with its logical {@link EventType}.
 * The sealed hierarchy is the catalogue, so a new record cannot be added without the build noticing
 * a missing schema or sample.
 */
public interface PactumEvent {

    /** The employee the event is about: the CloudEvents {@code subject} and the Kafka record key. */
    String employeeId();
}
