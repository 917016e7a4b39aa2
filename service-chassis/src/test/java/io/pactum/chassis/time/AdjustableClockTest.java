package io.pactum.chassis.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AdjustableClockTest {

    private static final Instant SYSTEM_NOW = Instant.parse("2026-11-29T10:00:00Z");
    private final AdjustableClock clock = new AdjustableClock(Clock.fixed(SYSTEM_NOW, ZoneOffset.UTC));

    @Test
    void it_tells_the_system_time_until_moved_and_the_moved_time_after() {
        assertThat(clock.instant()).isEqualTo(SYSTEM_NOW);
        clock.moveTo(SYSTEM_NOW.plusSeconds(3600));
        assertThat(clock.instant()).isEqualTo(SYSTEM_NOW.plusSeconds(3600));
        assertThat(clock.offset()).hasHours(1);
    }

    @Test
    void a_view_in_another_zone_follows_later_moves() {
        Clock stockholm = clock.withZone(ZoneId.of("Europe/Stockholm"));
        clock.moveTo(Instant.parse("2026-12-31T23:30:00Z"));
        assertThat(LocalDate.now(stockholm)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void null_puts_it_back_on_the_system_time() {
        clock.moveTo(Instant.parse("2026-01-05T09:00:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-05T09:00:00Z"));
        clock.moveTo(null);
        assertThat(clock.instant()).isEqualTo(SYSTEM_NOW);
    }
}
