package io.pactum.chassis.time;

import java.time.Instant;

/**
 * Published (synchronously, as a Spring application event) after the {@link AdjustableClock} moved, so a
 * service can do at once what the passing time asks of it (e.g. contract-service's deadline scan).
 */
public record ClockAdjusted(Instant now) {
}
