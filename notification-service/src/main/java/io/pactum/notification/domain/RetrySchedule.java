package io.pactum.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a delivery that failed (after the channel's own quick retries) is tried again: exponential backoff
 * between dispatches, and after {@code maxDispatches} failed dispatches it is given up as FAILED.
 */
public record RetrySchedule(int maxDispatches, Duration firstBackoff, Duration maxBackoff) {

    /** The next attempt after {@code failedDispatches} failures, or empty when it must be given up. */
    public Optional<Instant> nextAttempt(int failedDispatches, Instant now) {
        if (failedDispatches >= maxDispatches) {
            return Optional.empty();
        }
        long factor = 1L << Math.min(failedDispatches - 1, 20);
        Duration backoff = firstBackoff.multipliedBy(factor);
        return Optional.of(now.plus(backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff));
    }
}
