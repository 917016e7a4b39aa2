package io.pactum.notification.domain;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Set;

/**
 * A business unit's webhook (a Slack or Teams channel of its L&D team): the unit-level notices (funding, milestone
 * escalations) are posted there once each, in the unit's language and time zone.
 *
 * @param locale   the language of its posts (Swedish for {@code sv*}, else English); null for English
 * @param timeZone the zone its times are shown in; null for UTC
 */
public record UnitWebhook(String businessUnit, String url, String locale, String timeZone) {

    private static final String RECIPIENT_PREFIX = "business-unit:";

    public UnitWebhook {
        locale = locale == null || locale.isBlank() ? null : locale;
        timeZone = timeZone == null || timeZone.isBlank() ? null : timeZone;
    }

    /** Checks the same URL rule as a person's webhook (field {@code url}) and that the zone exists. */
    public UnitWebhook validated(Set<String> allowedHosts) {
        if (url == null || url.isBlank()) {
            throw new PreferenceRuleException("url", "must be an https URL");
        }
        WebhookUrl.check("url", url, allowedHosts);
        if (timeZone != null) {
            try {
                ZoneId.of(timeZone);
            } catch (DateTimeException unknown) {
                throw new PreferenceRuleException("timeZone", "is not a time zone (e.g. Europe/Stockholm)");
            }
        }
        return this;
    }

    /** The unit as the recipient of its deliveries: the "recipient" part of their once-only key. */
    public Person asRecipient() {
        return new Person(recipientId(businessUnit), businessUnit, null, locale, timeZone, businessUnit, null);
    }

    /** The recipient id of a unit's deliveries, never mistaken for a person's. */
    public static String recipientId(String businessUnit) {
        return RECIPIENT_PREFIX + businessUnit;
    }

    /** The business unit a delivery's recipient id stands for, or null when the recipient is a person. */
    public static String unitOf(String recipientId) {
        return recipientId != null && recipientId.startsWith(RECIPIENT_PREFIX) ? recipientId.substring(RECIPIENT_PREFIX.length()) : null;
    }
}
