package io.pactum.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PreferencesTest {

    static final Set<String> ALLOWED = Set.of("hooks.slack.com");

    @Test
    void unset_categories_go_to_email_and_inbox_and_an_unsubscribe_keeps_the_inbox() {
        Preferences defaults = Preferences.defaults("erin");
        assertThat(defaults.channelsFor(Category.MILESTONE)).containsExactlyInAnyOrder(Channel.EMAIL, Channel.INBOX);
        Preferences unsubscribed = defaults.withoutEmail(Category.BUDGET);
        assertThat(unsubscribed.channelsFor(Category.BUDGET)).containsExactly(Channel.INBOX);
        assertThat(unsubscribed.channelsFor(Category.MILESTONE)).contains(Channel.EMAIL);
    }

    @Test
    void a_webhook_must_be_https_on_an_allowed_host_and_set_when_chosen() {
        Map<Category, Set<Channel>> webhook = Map.of(Category.MILESTONE, Set.of(Channel.WEBHOOK));
        assertThat(new Preferences("erin", webhook, null, "https://hooks.slack.com/services/x").validated(ALLOWED)
                .channelsFor(Category.MILESTONE)).containsExactly(Channel.WEBHOOK);
        assertThatThrownBy(() -> new Preferences("erin", webhook, null, "http://hooks.slack.com/x").validated(ALLOWED))
                .isInstanceOfSatisfying(PreferenceRuleException.class, e -> assertThat(e.field()).isEqualTo("webhookUrl"));
        assertThatThrownBy(() -> new Preferences("erin", webhook, null, "https://attacker.example/x").validated(ALLOWED))
                .hasMessageContaining("not allowed");
        assertThatThrownBy(() -> new Preferences("erin", webhook, null, "https://hooks slack").validated(ALLOWED))
                .isInstanceOf(PreferenceRuleException.class);
        assertThatThrownBy(() -> new Preferences("erin", webhook, null, null).validated(ALLOWED))
                .isInstanceOfSatisfying(PreferenceRuleException.class, e -> assertThat(e.field()).isEqualTo("channels.MILESTONE"));
    }

    @Test
    void a_daily_digest_goes_out_at_its_next_local_time_today_or_tomorrow() {
        DailyDigest digest = new DailyDigest(LocalTime.of(8, 0), Set.of(Category.BUDGET));
        ZoneId stockholm = ZoneId.of("Europe/Stockholm");
        assertThat(digest.nextSlot(Instant.parse("2026-11-23T05:00:00Z"), stockholm)).isEqualTo(Instant.parse("2026-11-23T07:00:00Z"));
        assertThat(digest.nextSlot(Instant.parse("2026-11-23T07:00:00Z"), stockholm)).isEqualTo(Instant.parse("2026-11-24T07:00:00Z"));
        Preferences preferences = new Preferences("erin", Map.of(), null, null, digest);
        assertThat(preferences.digests(Category.BUDGET)).isTrue();
        assertThat(preferences.digests(Category.MILESTONE)).isFalse();
        assertThat(preferences.withoutEmail(Category.MILESTONE).digest()).isEqualTo(digest);
    }

    @Test
    void quiet_hours_hold_until_they_end_in_the_recipients_own_zone_also_across_midnight() {
        ZoneId stockholm = ZoneId.of("Europe/Stockholm");
        QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));
        Instant lateEvening = Instant.parse("2026-11-23T22:30:00Z"); // 23:30 in Stockholm
        assertThat(night.nextAllowed(lateEvening, stockholm)).isEqualTo(Instant.parse("2026-11-24T06:00:00Z"));
        Instant earlyMorning = Instant.parse("2026-11-24T04:00:00Z"); // 05:00 in Stockholm
        assertThat(night.nextAllowed(earlyMorning, stockholm)).isEqualTo(Instant.parse("2026-11-24T06:00:00Z"));
        Instant noon = Instant.parse("2026-11-24T11:00:00Z");
        assertThat(night.nextAllowed(noon, stockholm)).isEqualTo(noon);
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0));
        assertThat(lunch.nextAllowed(noon, stockholm)).isEqualTo(Instant.parse("2026-11-24T12:00:00Z"));
        assertThatThrownBy(() -> new QuietHours(LocalTime.NOON, LocalTime.NOON)).isInstanceOf(PreferenceRuleException.class);
    }
}
