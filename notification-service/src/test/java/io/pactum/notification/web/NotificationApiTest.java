package io.pactum.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pactum.chassis.security.Role;
import io.pactum.chassis.testing.TestTokens;
import io.pactum.chassis.testing.TestTopics;
import io.pactum.events.competency.CompetencyLevelChanged;
import io.pactum.events.contract.ContractActivated;
import io.pactum.notification.NotificationIntegrationTest;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The inbox (with its live stream), preferences, unsubscribe links and the admins' view, over HTTP. */
class NotificationApiTest extends NotificationIntegrationTest {

    private static final RequestPostProcessor SAM = TestTokens.as("sam", Role.EMPLOYEE, "SALES");
    private static final RequestPostProcessor SVEN = TestTokens.as("sven", Role.MANAGER, "SALES");

    @Test
    void the_inbox_lists_counts_marks_read_and_streams_new_items_to_their_owner_only() throws Exception {
        MvcResult stream = mvc.perform(get("/api/inbox/stream").with(ERIN)).andExpect(request().asyncStarted()).andReturn();
        await().atMost(DEADLINE).until(() -> stream.getResponse().getContentAsString().contains("event:unread-count"));
        long unreadBefore = unread(ERIN);

        String contract = "c-inbox-" + UUID.randomUUID();
        TestTopics.publish(new ContractActivated(contract, "erin", 1, "ENG", 2026, Instant.now()));

        await().atMost(DEADLINE).until(() -> stream.getResponse().getContentAsString().contains(contract));
        assertThat(stream.getResponse().getContentAsString()).contains("event:inbox", "\"subject\":\"Learning contract active\"");
        await().atMost(DEADLINE).until(() -> unread(ERIN) == unreadBefore + 1);
        String id = mvc.perform(get("/api/inbox").with(ERIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].text", containsString(contract))).andExpect(jsonPath("$[0].read").value(false))
                .andReturn().getResponse().getContentAsString().replaceAll("(?s)^\\[\\{\"id\":\"([^\"]+)\".*", "$1");

        mvc.perform(post("/api/inbox/" + id + "/read").with(SAM)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/inbox/" + id + "/read").with(ERIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(unreadBefore));
        mvc.perform(post("/api/inbox/" + id + "/read").with(ERIN)).andExpect(status().isOk());
        mvc.perform(get("/api/inbox/unread-count").with(ERIN)).andExpect(jsonPath("$.count").value(unreadBefore));
        mvc.perform(get("/api/inbox").with(ERIN)).andExpect(jsonPath("$[0].read").value(true));
        mvc.perform(get("/api/inbox").with(SAM)).andExpect(jsonPath("$[*].text", org.hamcrest.Matchers.not(
                hasItem(containsString(contract)))));
        mvc.perform(get("/api/inbox")).andExpect(status().isUnauthorized());
    }

    @Test
    void an_unsubscribe_link_switches_that_categorys_email_off_and_a_forged_one_changes_nothing() throws Exception {
        TestTopics.publish(new CompetencyLevelChanged("sam", "negotiation-1", 1, 2, "ASSESSMENT", "sven"));
        await().atMost(DEADLINE).until(() -> mailTo("sam@pactum.example", "negotiation-1").size() == 1);
        String link = mailTo("sam@pactum.example", "negotiation-1").getFirst().getHeader("List-Unsubscribe")[0];
        String token = java.net.URLDecoder.decode(link.substring(link.indexOf("token=") + 6, link.length() - 1),
                java.nio.charset.StandardCharsets.UTF_8);

        String forged = token.substring(0, token.indexOf('.')) + ".AAAA" + token.substring(token.indexOf('.') + 5);
        mvc.perform(post("/unsubscribe").param("token", forged)).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("token"));
        mvc.perform(get("/api/preferences").with(SAM)).andExpect(jsonPath("$.channels.COMPETENCY", hasItem("EMAIL")));

        mvc.perform(get("/unsubscribe").param("token", token)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<form method=\"post\"")));
        mvc.perform(get("/api/preferences").with(SAM)).andExpect(jsonPath("$.channels.COMPETENCY", hasItem("EMAIL")));
        mvc.perform(post("/unsubscribe").param("token", token)).andExpect(status().isOk())
                .andExpect(jsonPath("$.employeeId").value("sam")).andExpect(jsonPath("$.category").value("COMPETENCY"));
        mvc.perform(get("/api/preferences").with(SAM)).andExpect(jsonPath("$.channels.COMPETENCY[0]").value("INBOX"))
                .andExpect(jsonPath("$.channels.COMPETENCY.length()").value(1))
                .andExpect(jsonPath("$.channels.MILESTONE", hasItem("EMAIL")));

        TestTopics.publish(new CompetencyLevelChanged("sam", "negotiation-2", 2, 3, "ASSESSMENT", "sven"));
        await().atMost(DEADLINE).until(() -> mvc.perform(get("/api/inbox").with(SAM)).andReturn().getResponse()
                .getContentAsString().contains("negotiation-2"));
        // sven, the manager, still gets the email; once his arrived, sam's would have too
        await().atMost(DEADLINE).until(() -> mailTo("sven@pactum.example", "negotiation-2").size() == 1);
        assertThat(mailTo("sam@pactum.example", "negotiation-2")).isEmpty();
    }

    @Test
    void invalid_preferences_are_refused_naming_the_field_and_change_nothing() throws Exception {
        String valid = """
                {"channels":{"MILESTONE":["INBOX","WEBHOOK"]},"quietHours":{"start":"22:00","end":"07:00"},
                 "webhookUrl":"https://hooks.slack.com/services/T0/B0/x"}""";
        mvc.perform(put("/api/preferences").with(SVEN).contentType(MediaType.APPLICATION_JSON).content(valid))
                .andExpect(status().isOk()).andExpect(jsonPath("$.channels.MILESTONE", hasItem("WEBHOOK")))
                .andExpect(jsonPath("$.channels.BUDGET", hasItem("EMAIL")))
                .andExpect(jsonPath("$.quietHours.start").value("22:00:00"));

        expectInvalid("""
                {"channels":{"MILESTONE":["WEBHOOK"]},"webhookUrl":"http://hooks.slack.com/services/x"}""", "webhookUrl");
        expectInvalid("""
                {"channels":{"MILESTONE":["WEBHOOK"]},"webhookUrl":"https://evil.example/hook"}""", "webhookUrl");
        expectInvalid("""
                {"channels":{"MILESTONE":["WEBHOOK"]}}""", "channels.MILESTONE");
        expectInvalid("""
                {"channels":{},"quietHours":{"start":"22:00","end":"22:00"}}""", "quietHours");
        expectInvalid("""
                {"channels":{},"quietHours":{"start":"22:00"}}""", "quietHours.end");
        expectInvalid("""
                {"channels":{"GOSSIP":["EMAIL"]}}""", null);
        expectInvalid("""
                {"channels":{"MILESTONE":["PIGEON"]}}""", null);
        expectInvalid("""
                {"channels":{},"digest":true}""", null);

        mvc.perform(get("/api/preferences").with(SVEN)).andExpect(jsonPath("$.channels.MILESTONE", hasItem("WEBHOOK")))
                .andExpect(jsonPath("$.webhookUrl").value("https://hooks.slack.com/services/T0/B0/x"))
                .andExpect(jsonPath("$.quietHours.end").value("07:00:00"));
    }

    @Test
    void during_quiet_hours_email_waits_while_the_inbox_gets_it_at_once() throws Exception {
        LocalTime now = LocalTime.now(ZoneId.of("Europe/Stockholm"));
        String quiet = """
                {"channels":{},"quietHours":{"start":"%s","end":"%s"}}"""
                .formatted(now.minusHours(1).withNano(0).withSecond(0), now.plusHours(2).withNano(0).withSecond(0));
        RequestPostProcessor quinn = TestTokens.as("quinn", Role.EMPLOYEE, "ENG");
        mvc.perform(put("/api/preferences").with(quinn).contentType(MediaType.APPLICATION_JSON).content(quiet))
                .andExpect(status().isOk());

        String contract = "c-quiet-" + UUID.randomUUID();
        TestTopics.publish(new io.pactum.events.contract.ContractFundingDeclined(contract, "quinn", 1, "ENG", 2026,
                "INSUFFICIENT_FUNDS", "not enough"));
        await().atMost(DEADLINE).until(() -> mvc.perform(get("/api/inbox").with(quinn)).andReturn().getResponse()
                .getContentAsString().contains(contract));
        // the L&D admin has no quiet hours: once their email is there, quinn's would have been too
        await().atMost(DEADLINE).until(() -> mailTo("lars@pactum.example", contract).size() == 1);
        mvc.perform(get("/api/deliveries").param("status", "PENDING").with(LARS)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.recipientId == 'quinn' && @.channel == 'EMAIL')].status", hasItem("PENDING")));
        assertThat(mailTo("quinn@pactum.example", contract)).isEmpty();
    }

    @Test
    void deliveries_are_for_learning_admins() throws Exception {
        mvc.perform(get("/api/deliveries").param("status", "FAILED").with(ERIN)).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/deliveries").param("status", "LOST").with(LARS)).andExpect(status().isBadRequest());
        mvc.perform(post("/api/deliveries/nope/retry").with(LARS)).andExpect(status().isNotFound());
    }

    @Test
    void an_ld_admin_sets_and_clears_their_units_webhook_and_a_bad_one_is_refused_naming_the_field() throws Exception {
        String webhook = "/api/business-units/ENG/webhook";
        mvc.perform(put(webhook).with(LARS).contentType(MediaType.APPLICATION_JSON).content("""
                        {"url":"https://hooks.slack.com/services/T0/B0/eng","locale":"sv-SE","timeZone":"Europe/Stockholm"}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.businessUnit").value("ENG"))
                .andExpect(jsonPath("$.url").value("https://hooks.slack.com/services/T0/B0/eng"));
        try {
            expectInvalidWebhook("""
                    {"url":"http://hooks.slack.com/services/x"}""", "url");
            expectInvalidWebhook("""
                    {"url":"https://evil.example/hook"}""", "url");
            expectInvalidWebhook("""
                    {"locale":"sv-SE"}""", "url");
            expectInvalidWebhook("""
                    {"url":"https://hooks.slack.com/services/x","timeZone":"Mars/Olympus"}""", "timeZone");
            mvc.perform(get(webhook).with(LARS)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.url").value("https://hooks.slack.com/services/T0/B0/eng"))
                    .andExpect(jsonPath("$.locale").value("sv-SE"));

            RequestPostProcessor salesAdmin = TestTokens.as("lena", Role.LD_ADMIN, "SALES");
            mvc.perform(get(webhook).with(salesAdmin)).andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(put(webhook).with(salesAdmin).contentType(MediaType.APPLICATION_JSON).content("""
                    {"url":"https://hooks.slack.com/services/T0/B0/sales"}""")).andExpect(status().isNotFound());
            mvc.perform(delete(webhook).with(salesAdmin)).andExpect(status().isNotFound());
            mvc.perform(get(webhook).with(ERIN)).andExpect(status().isForbidden());
            mvc.perform(get(webhook).with(LARS)).andExpect(jsonPath("$.url").value("https://hooks.slack.com/services/T0/B0/eng"));
        } finally {
            mvc.perform(delete(webhook).with(LARS)).andExpect(status().isNoContent());
        }
        mvc.perform(get(webhook).with(LARS)).andExpect(status().isNotFound());
        mvc.perform(delete(webhook).with(LARS)).andExpect(status().isNoContent());
    }

    @Test
    void the_openapi_document_lists_every_endpoint_behind_a_bearer_token() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs").with(ERIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Pactum notification-service"))
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andExpect(jsonPath("$.paths['/api/inbox'].get").exists())
                // the caller comes from the token, not from a parameter
                .andExpect(jsonPath("$.paths['/api/inbox'].get.parameters").doesNotExist())
                .andExpect(jsonPath("$.paths['/api/inbox/{id}/read'].post.parameters[*].name").value(org.hamcrest.Matchers.contains("id")))
                .andExpect(jsonPath("$.paths['/api/inbox/unread-count'].get").exists())
                .andExpect(jsonPath("$.paths['/api/inbox/{id}/read'].post").exists())
                .andExpect(jsonPath("$.paths['/api/inbox/stream'].get").exists())
                .andExpect(jsonPath("$.paths['/api/preferences'].get").exists())
                .andExpect(jsonPath("$.paths['/api/preferences'].put").exists())
                .andExpect(jsonPath("$.paths['/api/deliveries'].get").exists())
                .andExpect(jsonPath("$.paths['/api/deliveries/{id}/retry'].post").exists())
                .andExpect(jsonPath("$.paths['/api/business-units/{businessUnit}/webhook'].get").exists())
                .andExpect(jsonPath("$.paths['/api/business-units/{businessUnit}/webhook'].put").exists())
                .andExpect(jsonPath("$.paths['/api/business-units/{businessUnit}/webhook'].delete").exists())
                .andExpect(jsonPath("$.paths['/unsubscribe'].get").exists())
                .andExpect(jsonPath("$.paths['/unsubscribe'].post").exists())
                .andExpect(jsonPath("$.paths['/unsubscribe'].post.security").isEmpty())
                .andExpect(jsonPath("$.paths['/unsubscribe'].get.security").isEmpty())
                .andExpect(jsonPath("$.paths['/unsubscribe'].post.parameters[0].name").value("token"));
    }

    private long unread(RequestPostProcessor who) throws Exception {
        String body = mvc.perform(get("/api/inbox/unread-count").with(who)).andReturn().getResponse().getContentAsString();
        return Long.parseLong(body.replaceAll("\\D", ""));
    }

    private void expectInvalidWebhook(String body, String field) throws Exception {
        mvc.perform(put("/api/business-units/ENG/webhook").with(LARS).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
    }

    private void expectInvalid(String body, String field) throws Exception {
        var result = mvc.perform(put("/api/preferences").with(SVEN).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        if (field != null) {
            result.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
        }
    }
}
