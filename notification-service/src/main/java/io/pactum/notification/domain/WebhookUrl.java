package io.pactum.notification.domain;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/** The rule every webhook URL follows, a person's or a business unit's: https, on a host the configuration allows. */
public final class WebhookUrl {

    private WebhookUrl() {
    }

    /** Throws a {@link PreferenceRuleException} naming {@code field} when {@code url} breaks the rule. */
    public static void check(String field, String url, Set<String> allowedHosts) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException notAUri) {
            throw new PreferenceRuleException(field, "is not a URL");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new PreferenceRuleException(field, "must be an https URL");
        }
        if (!allowedHosts.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            throw new PreferenceRuleException(field, "host " + uri.getHost() + " is not allowed");
        }
    }
}
