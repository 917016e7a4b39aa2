package io.pactum.analytics.application;

import java.util.List;

/**
 * A fact document as stored: the facts, the version its next write is conditional on, the events applied, and
 * the bucket changes its last writes still have to make (written with the facts, cleared once made).
 */
public record StoredFacts<F>(String id, F facts, long version, List<String> appliedEventIds, List<RollupChange> pending) {

    public boolean applied(String eventId) {
        return appliedEventIds.contains(eventId);
    }
}
