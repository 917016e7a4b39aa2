package io.pactum.chassis.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock moved by an offset, for the local platform's demo seed only
 * ({@code pactum.clock.adjustable=true}): on a fresh platform the seed sets every service's clock back to
 * the start of the year, then moves it forward through a year of history, so that what it creates carries
 * that year's dates; at the end the offset goes back to zero. Setting it back on a platform holding data
 * would confuse deadlines and leases, which is why the seed does it only once and nothing else may.
 * Never enabled in a real environment.
 */
public final class AdjustableClock extends Clock {

    private final Clock system;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public AdjustableClock(Clock system) {
        this.system = system;
    }

    /** Moves the clock to {@code instant}; null: back to the system's time. */
    public Instant moveTo(Instant instant) {
        offset.set(instant == null ? Duration.ZERO : Duration.between(system.instant(), instant));
        return instant();
    }

    public Duration offset() {
        return offset.get();
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new Zoned(this, zone);
    }

    /** This clock seen in another zone; it follows every later move. */
    private static final class Zoned extends Clock {

        private final AdjustableClock clock;
        private final ZoneId zone;

        private Zoned(AdjustableClock clock, ZoneId zone) {
            this.clock = clock;
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Zoned(clock, other);
        }
    }
}
