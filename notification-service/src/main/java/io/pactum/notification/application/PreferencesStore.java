package io.pactum.notification.application;

import io.pactum.notification.domain.Preferences;

/** Each person's preferences, one document each. */
public interface PreferencesStore {

    /** Their stored preferences, or the defaults. */
    Preferences of(String userId);

    void save(Preferences preferences);
}
