package io.pactum.notification.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Emails of these categories are collected and sent as one email a day, at {@code at} in the recipient's own zone.
 */
public record DailyDigest(LocalTime at, Set<Category> categories) {

    public DailyDigest {
        if (at == null) {
            throw new PreferenceRuleException("digest.at", "must be a time of day");
        }
        categories = categories == null ? Set.of() : Set.copyOf(categories);
    }

    public boolean includes(Category category) {
        return categories.contains(category);
    }

    /** The next digest after {@code now}: today at {@code at} if still ahead, else tomorrow. */
    public Instant nextSlot(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime today = local.with(at);
        return (today.isAfter(local) ? today : local.plusDays(1).with(at)).toInstant();
    }
}
