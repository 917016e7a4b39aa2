package io.pactum.notification.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Hours, in the recipient's own time zone, during which email and webhook deliveries are held until they end. */
public record QuietHours(LocalTime start, LocalTime end) {

    public QuietHours {
        if (start == null || end == null || start.equals(end)) {
            throw new PreferenceRuleException("quietHours", "start and end must both be given and differ");
        }
    }

    /** {@code now} if it is outside the quiet hours, otherwise the moment they end. */
    public Instant nextAllowed(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean overnight = start.isAfter(end);
        boolean quiet = overnight ? !time.isBefore(start) || time.isBefore(end) : !time.isBefore(start) && time.isBefore(end);
        if (!quiet) {
            return now;
        }
        ZonedDateTime endsAt = local.with(end);
        if (!endsAt.isAfter(local)) {
            endsAt = local.plusDays(1).with(end);
        }
        return endsAt.toInstant();
    }
}
