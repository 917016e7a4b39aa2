package io.pactum.notification.web;

import io.pactum.chassis.security.Caller;
import io.pactum.chassis.web.InvalidFieldException;
import io.pactum.notification.application.PreferenceSettings;
import io.pactum.notification.domain.Category;
import io.pactum.notification.domain.Channel;
import io.pactum.notification.domain.DailyDigest;
import io.pactum.notification.domain.PreferenceRuleException;
import io.pactum.notification.domain.Preferences;
import io.pactum.notification.domain.QuietHours;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notification preferences. */
@RestController
@RequestMapping("/api/preferences")
class PreferencesController {

    private final PreferenceSettings preferences;

    PreferencesController(PreferenceSettings preferences) {
        this.preferences = preferences;
    }

    /** Every category with its channels (EMAIL and INBOX unless chosen otherwise), quiet hours and webhook. */
    @GetMapping
    PreferencesBody get(Caller caller) {
        return PreferencesBody.of(preferences.of(caller.id()));
    }

    /** Replaces the caller's preferences; invalid ones are 400 and change nothing. */
    @PutMapping
    PreferencesBody put(Caller caller, @Valid @RequestBody PreferencesBody body) {
        try {
            return PreferencesBody.of(preferences.replace(body.toPreferences(caller.id())));
        } catch (PreferenceRuleException e) {
            throw new InvalidFieldException(e.field(), e.getMessage());
        }
    }

    /**
     * @param channels   per category the channels (EMAIL, INBOX, WEBHOOK); categories left out keep EMAIL and INBOX
     * @param quietHours local times in the person's time zone during which email and webhook wait; null for none
     * @param webhookUrl an https URL on an allowed host (Slack/Teams incoming webhook); null for none
     * @param digest     categories whose email comes as one daily digest, at a local time; null for none
     */
    record PreferencesBody(@NotNull Map<Category, @NotNull Set<@NotNull Channel>> channels, @Valid QuietHoursBody quietHours,
                           String webhookUrl, @Valid DigestBody digest) {

        Preferences toPreferences(String userId) {
            QuietHours quiet = quietHours == null ? null : new QuietHours(quietHours.start(), quietHours.end());
            DailyDigest daily = digest == null ? null : new DailyDigest(digest.at(), digest.categories());
            return new Preferences(userId, channels, quiet, webhookUrl == null || webhookUrl.isBlank() ? null : webhookUrl, daily);
        }

        static PreferencesBody of(Preferences p) {
            Map<Category, Set<Channel>> all = new EnumMap<>(Category.class);
            for (Category category : Category.values()) {
                all.put(category, p.channelsFor(category));
            }
            return new PreferencesBody(all, p.quietHours() == null ? null
                    : new QuietHoursBody(p.quietHours().start(), p.quietHours().end()), p.webhookUrl(),
                    p.digest() == null ? null : new DigestBody(p.digest().at(), p.digest().categories()));
        }
    }

    /** Once a day at {@code at} (HH:mm, the person's zone), one email with these categories' notices. */
    record DigestBody(@NotNull LocalTime at, @NotNull Set<@NotNull Category> categories) {
    }

    /** From {@code start} to {@code end} (HH:mm, may span midnight). */
    record QuietHoursBody(@NotNull LocalTime start, @NotNull LocalTime end) {
    }
}
