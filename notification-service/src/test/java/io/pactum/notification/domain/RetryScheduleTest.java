package io.pactum.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    @Test
    void backoff_doubles_up_to_its_cap_and_the_last_dispatch_gives_up() {
        RetrySchedule schedule = new RetrySchedule(5, Duration.ofSeconds(30), Duration.ofMinutes(2));
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        assertThat(schedule.nextAttempt(1, now)).contains(now.plusSeconds(30));
        assertThat(schedule.nextAttempt(2, now)).contains(now.plusSeconds(60));
        assertThat(schedule.nextAttempt(3, now)).contains(now.plusSeconds(120));
        assertThat(schedule.nextAttempt(4, now)).contains(now.plusSeconds(120));
        assertThat(schedule.nextAttempt(5, now)).isEmpty();
    }

    @Test
    void a_delivery_id_is_the_same_for_the_same_cause_recipient_and_channel_only() {
        assertThat(Delivery.idFor("e1", "erin", Channel.EMAIL)).isEqualTo(Delivery.idFor("e1", "erin", Channel.EMAIL))
                .isNotEqualTo(Delivery.idFor("e1", "erin", Channel.INBOX))
                .isNotEqualTo(Delivery.idFor("e1", "mona", Channel.EMAIL))
                .isNotEqualTo(Delivery.idFor("e2", "erin", Channel.EMAIL));
    }

    @Test
    void people_read_swedish_for_a_swedish_locale_and_utc_for_an_unknown_zone() {
        assertThat(new Person("p", "P", null, "sv-SE", "Europe/Stockholm", null, null).language().getLanguage()).isEqualTo("sv");
        assertThat(new Person("p", "P", null, "sv_FI", null, null, null).language().getLanguage()).isEqualTo("sv");
        assertThat(new Person("p", "P", null, "de-DE", null, null, null).language().getLanguage()).isEqualTo("en");
        assertThat(new Person("p", "P", null, null, "Nowhere/Atlantis", null, null).zone().getId()).isEqualTo("UTC");
    }
}
