package io.pactum.analytics.web.dashboard;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pactum.chassis.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard's files and config load without a token; nothing else is opened by its security chain. */
@SpringBootTest(properties = {"pactum.dashboard.issuer=https://login.example/realms/pactum/",
        "pactum.dashboard.refresh-seconds=7"})
@AutoConfigureMockMvc
class DashboardPagesTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void the_page_and_its_scripts_load_without_a_token_under_a_content_security_policy() throws Exception {
        mvc.perform(get("/dashboard")).andExpect(status().isFound()).andExpect(redirectedUrl("/dashboard/"));
        mvc.perform(get("/dashboard/")).andExpect(status().isOk()).andExpect(forwardedUrl("/dashboard/index.html"));
        mvc.perform(get("/dashboard/index.html")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<script type=\"module\" src=\"js/main.js\">")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
                .andExpect(header().string("Content-Security-Policy",
                        containsString("connect-src 'self' https://login.example;")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
        mvc.perform(get("/dashboard/js/auth.js")).andExpect(status().isOk())
                .andExpect(content().string(containsString("code_challenge_method: 'S256'")));
        mvc.perform(get("/dashboard/dashboard.css")).andExpect(status().isOk());
    }

    @Test
    void the_config_names_the_issuer_the_public_client_and_the_refresh_interval() throws Exception {
        mvc.perform(get("/dashboard/config.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.issuer").value("https://login.example/realms/pactum"))
                .andExpect(jsonPath("$.clientId").value("pactum-dashboard"))
                .andExpect(jsonPath("$.redirectUri").value(""))
                .andExpect(jsonPath("$.scope").value("openid profile"))
                .andExpect(jsonPath("$.api").value("/api/analytics"))
                .andExpect(jsonPath("$.refreshSeconds").value(7));
    }

    @Test
    void the_api_still_needs_a_token_and_the_dashboard_path_takes_no_writes() throws Exception {
        mvc.perform(get("/api/analytics/overview")).andExpect(status().isUnauthorized());
        mvc.perform(get("/dashboardx")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/env")).andExpect(status().isUnauthorized());
        mvc.perform(post("/dashboard/config.json")).andExpect(status().isForbidden());
    }
}
