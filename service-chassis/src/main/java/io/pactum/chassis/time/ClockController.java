package io.pactum.chassis.time;

import io.pactum.chassis.security.Caller;
import io.pactum.chassis.security.Role;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /dev/clock}: reads and moves the service's {@link AdjustableClock}. Registered only where
 * {@code pactum.clock.adjustable=true} (the local platform); an LD_ADMIN token is still required.
 */
@RestController
@RequestMapping("/dev/clock")
public class ClockController {

    private final AdjustableClock clock;
    private final ApplicationEventPublisher events;

    public ClockController(AdjustableClock clock, ApplicationEventPublisher events) {
        this.clock = clock;
        this.events = events;
    }

    public record ClockState(Instant now, Duration offset) {
    }

    /** {@code now} absent or null: back to the system's time. */
    public record MoveClock(Instant now) {
    }

    @GetMapping
    public ClockState read(Caller caller) {
        requireAdmin(caller);
        return new ClockState(clock.instant(), clock.offset());
    }

    @PutMapping
    public ClockState move(@RequestBody MoveClock move, Caller caller) {
        requireAdmin(caller);
        Instant now = clock.moveTo(move.now());
        events.publishEvent(new ClockAdjusted(now));
        return new ClockState(clock.instant(), clock.offset());
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.has(Role.LD_ADMIN)) {
            throw new AccessDeniedException("Only an LD_ADMIN moves the demo clock.");
        }
    }
}
