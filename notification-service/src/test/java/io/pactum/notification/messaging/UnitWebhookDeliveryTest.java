package io.pactum.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import com.sun.net.httpserver.HttpServer;
import io.pactum.chassis.security.Role;
import io.pactum.chassis.testing.TestTokens;
import io.pactum.chassis.testing.TestTopics;
import io.pactum.events.Money;
import io.pactum.events.PactumEvent;
import io.pactum.events.Topics;
import io.pactum.events.budget.BudgetReservationPendingApproval;
import io.pactum.events.contract.ContractFundingDeclined;
import io.pactum.events.contract.MilestoneMissed;
import io.pactum.events.notification.NotificationSent;
import io.pactum.notification.NotificationIntegrationTest;
import io.pactum.notification.application.UnitWebhooks;
import io.pactum.notification.domain.UnitWebhook;
import java.net.InetSocketAddress;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * A business unit's webhook hears the notices for the unit's L&D admins (funding news, the approval reminder, the
 * milestone escalation) once each, redelivered events included; a local HTTP server on loopback stands in for Slack.
 */
class UnitWebhookDeliveryTest extends NotificationIntegrationTest {

    private static final Money COST = new Money(600000, "EUR");

    @Autowired
    UnitWebhooks unitWebhooks;

    @Test
    void the_units_webhook_gets_one_post_per_unit_level_notice_in_the_units_language_also_when_events_are_redelivered()
            throws Exception {
        List<String> posts = Collections.synchronizedList(new ArrayList<>());
        HttpServer slack = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        slack.createContext("/sales-ld", exchange -> {
            posts.add(JsonMapper.builder().build().readTree(exchange.getRequestBody().readAllBytes()).get("text").asString());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        slack.start();
        // the API takes only https URLs (NotificationApiTest); the store holds this plain loopback one for the test
        unitWebhooks.save(new UnitWebhook("SALES", "http://127.0.0.1:" + slack.getAddress().getPort() + "/sales-ld", "sv-SE",
                "Europe/Stockholm"));
        try {
            String declined = "c-unit-decl-" + UUID.randomUUID();
            String pending = "c-unit-pend-" + UUID.randomUUID();
            String missed = "c-unit-miss-" + UUID.randomUUID();
            OffsetDateTime threeDaysAgo = OffsetDateTime.now(ZoneOffset.UTC).minusDays(3);
            OffsetDateTime eightDaysAgo = OffsetDateTime.now(ZoneOffset.UTC).minusDays(8);
            List<PactumEvent> events = List.of(
                    new ContractFundingDeclined(declined, "sam", 1, "SALES", 2026, "INSUFFICIENT_FUNDS", "only 200.00 EUR left"),
                    // pending for three days: its reminder to L&D is due at once
                    new BudgetReservationPendingApproval("ap-" + pending, pending, "sam", 1, 2026, "SALES", COST,
                            new Money(500000, "EUR")),
                    // missed eight days ago: the escalation is due at once; the miss itself is for sam and sven only
                    new MilestoneMissed(missed, "sam", "sven", "m1", "Pitch deck", LocalDate.now().minusDays(9), "SALES", 2026));
            List<OffsetDateTime> times = List.of(OffsetDateTime.now(ZoneOffset.UTC), threeDaysAgo, eightDaysAgo);
            List<String> ids = events.stream().map(e -> UUID.randomUUID().toString()).toList();
            for (int i = 0; i < events.size(); i++) {
                TestTopics.publish(ids.get(i), events.get(i), times.get(i));
            }

            await().atMost(DEADLINE).until(() -> about(posts, declined) == 1 && about(posts, pending) == 2
                    && about(posts, missed) == 1);
            assertThat(posts.stream().filter(p -> p.contains(declined)).findFirst().orElseThrow())
                    .startsWith("*Finansiering avslagen för ett lärandeavtal*\nHej SALES,").contains("only 200.00 EUR left");
            assertThat(posts.stream().filter(p -> p.contains(missed)).findFirst().orElseThrow())
                    .startsWith("*Eskalering: delmål fortfarande öppet — Pitch deck*");
            assertThat(posts.stream().filter(p -> p.contains(pending)).toList()).anySatisfy(p ->
                    assertThat(p).startsWith("*Påminnelse: finansieringen av ett lärandeavtal väntar fortfarande"));

            for (int i = 0; i < events.size(); i++) {
                TestTopics.publish(ids.get(i), events.get(i), times.get(i));
            }
            String sentinel = "c-unit-sentinel-" + UUID.randomUUID();
            TestTopics.publish(new ContractFundingDeclined(sentinel, "sam", 1, "SALES", 2026, "INSUFFICIENT_FUNDS", "none"));
            await().atMost(DEADLINE).until(() -> about(posts, sentinel) == 1);
            assertThat(about(posts, declined)).isEqualTo(1);
            assertThat(about(posts, pending)).isEqualTo(2);
            assertThat(about(posts, missed)).isEqualTo(1);

            // the unit's deliveries are its L&D admins' to see; their events name the employee it is about
            mvc.perform(get("/api/deliveries").param("status", "SENT").with(TestTokens.as("lars", Role.LD_ADMIN, "SALES")))
                    .andExpect(jsonPath("$[?(@.channel == 'WEBHOOK')].recipientId", hasItem("business-unit:SALES")));
            mvc.perform(get("/api/deliveries").param("status", "SENT").with(TestTokens.as("lars", Role.LD_ADMIN, "ENG")))
                    .andExpect(jsonPath("$[?(@.recipientId == 'business-unit:SALES')]").isEmpty());
            await().atMost(DEADLINE).until(() -> TestTopics.events(Topics.NOTIFICATIONS, NotificationSent.class).stream()
                    .filter(s -> s.channel().equals("WEBHOOK") && s.employeeId().equals("sam") && s.category().equals("FUNDING"))
                    .count() >= 4);
        } finally {
            unitWebhooks.remove("SALES");
            slack.stop(0);
        }
    }

    private static long about(List<String> posts, String contract) {
        synchronized (posts) {
            return posts.stream().filter(p -> p.contains(contract)).count();
        }
    }
}
