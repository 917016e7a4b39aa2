package io.pactum.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnitWebhookTest {

    static final Set<String> HOSTS = Set.of("hooks.slack.com");

    @Test
    void a_units_webhook_follows_the_same_url_rule_as_a_persons_naming_the_field() {
        assertThat(new UnitWebhook("ENG", "https://hooks.slack.com/services/T/B/x", null, null).validated(HOSTS).url())
                .isEqualTo("https://hooks.slack.com/services/T/B/x");
        assertThatThrownBy(() -> new UnitWebhook("ENG", "http://hooks.slack.com/x", null, null).validated(HOSTS))
                .isInstanceOfSatisfying(PreferenceRuleException.class, e -> assertThat(e.field()).isEqualTo("url"));
        assertThatThrownBy(() -> new UnitWebhook("ENG", "https://evil.example/x", null, null).validated(HOSTS))
                .isInstanceOfSatisfying(PreferenceRuleException.class, e -> assertThat(e.field()).isEqualTo("url"));
        assertThatThrownBy(() -> new UnitWebhook("ENG", " ", null, null).validated(HOSTS))
                .isInstanceOfSatisfying(PreferenceRuleException.class, e -> assertThat(e.field()).isEqualTo("url"));
        assertThatThrownBy(() -> new UnitWebhook("ENG", "https://hooks.slack.com/x", "sv-SE", "Mars/Olympus").validated(HOSTS))
                .isInstanceOfSatisfying(PreferenceRuleException.class, e -> assertThat(e.field()).isEqualTo("timeZone"));
    }

    @Test
    void the_unit_is_a_recipient_of_its_own_with_its_language_and_zone() {
        Person unit = new UnitWebhook("SALES", "https://hooks.slack.com/x", "sv-SE", "Europe/Stockholm").asRecipient();
        assertThat(unit.id()).isEqualTo("business-unit:SALES");
        assertThat(unit.language()).isEqualTo(Locale.forLanguageTag("sv-SE"));
        assertThat(unit.zone()).isEqualTo(ZoneId.of("Europe/Stockholm"));
        assertThat(UnitWebhook.unitOf(unit.id())).isEqualTo("SALES");
        assertThat(UnitWebhook.unitOf("sam")).isNull();
        assertThat(new UnitWebhook("ENG", "https://hooks.slack.com/x", "", "").asRecipient().language()).isEqualTo(Locale.ENGLISH);
    }
}
