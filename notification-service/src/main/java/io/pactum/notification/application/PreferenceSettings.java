package io.pactum.notification.application;

import io.pactum.notification.NotificationSettings;
import io.pactum.notification.domain.PreferenceRuleException;
import io.pactum.notification.domain.Preferences;
import io.pactum.notification.domain.UnsubscribeToken;
import org.springframework.stereotype.Service;

/** Reading and changing one's preferences, and the unsubscribe links of emails. */
@Service
public class PreferenceSettings {

    private final PreferencesStore store;
    private final UnsubscribeToken tokens;
    private final NotificationSettings settings;

    public PreferenceSettings(PreferencesStore store, UnsubscribeToken tokens, NotificationSettings settings) {
        this.store = store;
        this.tokens = tokens;
        this.settings = settings;
    }

    public Preferences of(String userId) {
        return store.of(userId);
    }

    /** Validated before anything is written: a rejected change changes nothing. */
    public Preferences replace(Preferences preferences) {
        store.save(preferences.validated(settings.webhookHosts()));
        return store.of(preferences.userId());
    }

    /** Switches email off for the token's person and category; a forged or altered token changes nothing. */
    public UnsubscribeToken.Unsubscribe unsubscribe(String token) {
        UnsubscribeToken.Unsubscribe unsubscribe = tokens.verify(token)
                .orElseThrow(() -> new PreferenceRuleException("token", "is not a valid unsubscribe token"));
        store.save(store.of(unsubscribe.userId()).withoutEmail(unsubscribe.category()));
        return unsubscribe;
    }
}
