package io.pactum.analytics.application;

import java.time.Instant;
import java.util.Map;

/**
 * How the last rebuild is going.
 *
 * @param state          IDLE (none since start), RUNNING, DONE or FAILED
 * @param generation     the generation it builds (and reads once DONE)
 * @param eventsReplayed records applied to the new generation so far
 * @param recordsSkipped records that were not valid events (the live consumers dead-letter them)
 * @param topics         per topic: the records read so far and the end offset captured at the start (all partitions)
 */
public record RebuildStatus(String state, Integer generation, Instant startedAt, Instant finishedAt, long eventsReplayed,
                            long recordsSkipped, Map<String, TopicProgress> topics, String error) {

    public static final RebuildStatus IDLE = new RebuildStatus("IDLE", null, null, null, 0, 0, Map.of(), null);

    public record TopicProgress(long position, long end) {
    }

    public boolean running() {
        return state.equals("RUNNING");
    }
}
