package io.pactum.notification.persistence;

import io.pactum.notification.application.PreferencesStore;
import io.pactum.notification.domain.Category;
import io.pactum.notification.domain.Channel;
import io.pactum.notification.domain.DailyDigest;
import io.pactum.notification.domain.Preferences;
import io.pactum.notification.domain.QuietHours;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Preferences in the {@code preferences} collection, one document per person (replaced whole). */
@Repository
class MongoPreferences implements PreferencesStore {

    static final String COLLECTION = "preferences";

    private final MongoTemplate mongo;

    MongoPreferences(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Preferences of(String userId) {
        PreferencesDocument d = mongo.findById(userId, PreferencesDocument.class, COLLECTION);
        if (d == null) {
            return Preferences.defaults(userId);
        }
        Map<Category, Set<Channel>> channels = new EnumMap<>(Category.class);
        d.channels().forEach((category, chosen) -> channels.put(Category.valueOf(category),
                chosen.stream().map(Channel::valueOf).collect(Collectors.toSet())));
        QuietHours quiet = d.quietStart() == null ? null : new QuietHours(LocalTime.parse(d.quietStart()), LocalTime.parse(d.quietEnd()));
        DailyDigest digest = d.digestAt() == null ? null : new DailyDigest(LocalTime.parse(d.digestAt()),
                d.digestCategories().stream().map(Category::valueOf).collect(Collectors.toSet()));
        return new Preferences(userId, channels, quiet, d.webhookUrl(), digest);
    }

    @Override
    public void save(Preferences p) {
        Map<String, java.util.List<String>> channels = new TreeMap<>();
        p.channels().forEach((category, chosen) -> channels.put(category.name(), chosen.stream().map(Channel::name).sorted().toList()));
        mongo.save(new PreferencesDocument(p.userId(), channels,
                p.quietHours() == null ? null : p.quietHours().start().toString(),
                p.quietHours() == null ? null : p.quietHours().end().toString(), p.webhookUrl(),
                p.digest() == null ? null : p.digest().at().toString(),
                p.digest() == null ? null : p.digest().categories().stream().map(Category::name).sorted().toList()), COLLECTION);
    }
}
