package io.pactum.analytics.web.dashboard;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the page needs before it can sign in; nothing secret (the client is public, PKCE protects the code). */
@RestController
class DashboardConfigController {

    private final DashboardSettings settings;

    DashboardConfigController(DashboardSettings settings) {
        this.settings = settings;
    }

    record DashboardConfig(String issuer, String clientId, String redirectUri, String scope, String api,
                           int refreshSeconds) {
    }

    @GetMapping("/dashboard/config.json")
    DashboardConfig config() {
        return new DashboardConfig(settings.issuer(), settings.clientId(), settings.redirectUri(), "openid profile",
                "/api/analytics", settings.refreshSeconds());
    }
}
