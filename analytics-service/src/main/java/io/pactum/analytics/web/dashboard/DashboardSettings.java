package io.pactum.analytics.web.dashboard;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the dashboard page signs in, served to it as {@code /dashboard/config.json}: the OIDC issuer as the
 * browser reaches it, the public client's id, the redirect URI (blank: the page's own {@code /dashboard/}
 * URL) and how often the page asks whether new events arrived.
 */
@ConfigurationProperties("pactum.dashboard")
record DashboardSettings(String issuer, String clientId, String redirectUri, int refreshSeconds) {

    DashboardSettings {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("pactum.dashboard.issuer is required");
        }
        issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        clientId = clientId == null || clientId.isBlank() ? "pactum-dashboard" : clientId;
        redirectUri = redirectUri == null ? "" : redirectUri;
        if (refreshSeconds < 1) {
            throw new IllegalArgumentException("pactum.dashboard.refresh-seconds must be at least 1");
        }
    }

    /** The issuer's scheme, host and port: the page fetches its discovery document and token endpoint there. */
    String issuerOrigin() {
        URI uri = URI.create(issuer);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
