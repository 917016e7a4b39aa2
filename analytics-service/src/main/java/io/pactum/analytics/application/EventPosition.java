package io.pactum.analytics.application;

/** Where an event was read: topic, partition and offset. One partition's events are applied in offset order. */
public record EventPosition(String topic, int partition, long offset) {

    /** The partition as a name (no dots: it becomes a field name). */
    public String partitionName() {
        return topic.replace('.', '_') + "_" + partition;
    }
}
