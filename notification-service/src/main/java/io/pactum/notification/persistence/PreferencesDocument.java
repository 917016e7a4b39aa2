package io.pactum.notification.persistence;

import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One person's preferences: chosen channels per category, quiet hours (local times), webhook URL and daily digest. */
@Document(MongoPreferences.COLLECTION)
record PreferencesDocument(@Id String userId, Map<String, List<String>> channels, String quietStart, String quietEnd,
                           String webhookUrl, String digestAt, List<String> digestCategories) {
}
