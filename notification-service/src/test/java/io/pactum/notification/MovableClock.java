package io.pactum.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's clock in the integration tests: real time, moved ahead by a test to reach a reminder days away, and
 * moved back when the test ends.
 */
public final class MovableClock extends Clock {

    private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead.get());
    }

    /** From now on the clock shows {@code moment} (or later), unless it is there already. */
    public void moveTo(Instant moment) {
        ahead.updateAndGet(current -> {
            Duration needed = Duration.between(Instant.now(), moment);
            return needed.compareTo(current) > 0 ? needed : current;
        });
    }

    public void reset() {
        ahead.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service's clock stays in UTC");
    }
}
