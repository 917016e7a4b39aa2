package io.pactum.analytics.application;

import io.pactum.events.EventEnvelope;
import java.util.Collection;
import java.util.Map;

/** The topics as a log to read again from any position (for the rebuild). */
public interface EventLog {

    /** The partitions of the topics with their end offsets now. */
    Map<Partition, Long> endOffsets(Collection<String> topics);

    /**
     * Reads every record from the given offsets up to (not including) the end offsets, in offset order per
     * partition. A record that is not a valid event is handed over as null (it is skipped, as the live consumers
     * dead-letter it).
     */
    void read(Map<Partition, Long> from, Map<Partition, Long> to, RecordHandler handler);

    record Partition(String topic, int partition) {
    }

    @FunctionalInterface
    interface RecordHandler {
        void accept(EventEnvelope eventOrNull, EventPosition position);
    }
}
