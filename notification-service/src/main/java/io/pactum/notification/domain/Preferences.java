package io.pactum.notification.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * How one person wants to hear about each category. A category they never set goes to email and the
 * in-app inbox. The webhook channel needs an https URL on a host the configuration allows.
 *
 * @param quietHours null for none
 * @param webhookUrl null for none
 * @param digest     the categories whose email comes once a day, and when; null for none
 */
public record Preferences(String userId, Map<Category, Set<Channel>> channels, QuietHours quietHours, String webhookUrl,
                          DailyDigest digest) {

    public static final Set<Channel> DEFAULT_CHANNELS = Set.of(Channel.EMAIL, Channel.INBOX);

    public Preferences {
        EnumMap<Category, Set<Channel>> copy = new EnumMap<>(Category.class);
        channels.forEach((category, chosen) -> copy.put(category, Set.copyOf(chosen)));
        channels = Map.copyOf(copy);
    }

    public Preferences(String userId, Map<Category, Set<Channel>> channels, QuietHours quietHours, String webhookUrl) {
        this(userId, channels, quietHours, webhookUrl, null);
    }

    public static Preferences defaults(String userId) {
        return new Preferences(userId, Map.of(), null, null, null);
    }

    /** True when this category's email waits for the daily digest. */
    public boolean digests(Category category) {
        return digest != null && digest.includes(category);
    }

    public Set<Channel> channelsFor(Category category) {
        Set<Channel> chosen = channels.getOrDefault(category, DEFAULT_CHANNELS);
        return webhookUrl == null && chosen.contains(Channel.WEBHOOK) ? without(chosen, Channel.WEBHOOK) : chosen;
    }

    /** The same preferences, with email switched off for one category (what an unsubscribe link does). */
    public Preferences withoutEmail(Category category) {
        Map<Category, Set<Channel>> changed = new EnumMap<>(Category.class);
        changed.putAll(channels);
        changed.put(category, without(channelsFor(category), Channel.EMAIL));
        return new Preferences(userId, changed, quietHours, webhookUrl, digest);
    }

    /** Checks the rules that depend on configuration: a webhook is https, on an allowed host, and set when chosen. */
    public Preferences validated(Set<String> allowedWebhookHosts) {
        if (webhookUrl != null) {
            WebhookUrl.check("webhookUrl", webhookUrl, allowedWebhookHosts);
        }
        channels.forEach((category, chosen) -> {
            if (chosen.contains(Channel.WEBHOOK) && webhookUrl == null) {
                throw new PreferenceRuleException("channels." + category, "WEBHOOK needs a webhookUrl");
            }
        });
        return this;
    }

    private static Set<Channel> without(Set<Channel> channels, Channel channel) {
        EnumSet<Channel> rest = EnumSet.noneOf(Channel.class);
        rest.addAll(channels);
        rest.remove(channel);
        return Set.copyOf(rest);
    }
}
