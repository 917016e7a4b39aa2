package io.pactum.notification.domain;

import java.time.ZoneId;
import java.util.Locale;

/** A recipient as the workforce directory knows them. */
public record Person(String id, String name, String email, String locale, String timeZone, String businessUnit,
                     String managerId) {

    /** Swedish for a Swedish locale, English otherwise (the two languages the templates exist in). */
    public Locale language() {
        return locale != null && Locale.forLanguageTag(locale.replace('_', '-')).getLanguage().equals("sv")
                ? Locale.forLanguageTag("sv-SE") : Locale.ENGLISH;
    }

    public ZoneId zone() {
        try {
            return timeZone == null ? ZoneId.of("UTC") : ZoneId.of(timeZone);
        } catch (java.time.DateTimeException unknownZone) {
            return ZoneId.of("UTC");
        }
    }
}
