package io.pactum.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pactum.chassis.security.Role;
import io.pactum.chassis.testing.TestTokens;
import io.pactum.chassis.testing.TestTopics;
import io.pactum.events.Money;
import io.pactum.events.Topics;
import io.pactum.events.budget.BudgetThresholdReached;
import io.pactum.events.contract.ContractSigned;
import io.pactum.events.notification.NotificationFailed;
import io.pactum.notification.NotificationIntegrationTest;
import io.pactum.notification.application.Dispatching;
import io.pactum.notification.application.ReminderBook;
import io.pactum.notification.domain.Channel;
import io.pactum.notification.domain.Reminder;
import io.pactum.notification.domain.ReminderKind;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Deliveries survive a mail server outage, failures are visible and retryable, and reminders are claimed once. */
class ReliabilityTest extends NotificationIntegrationTest {

    @Autowired
    Dispatching dispatching;
    @Autowired
    ReminderBook reminders;

    @Test
    void while_smtp_is_down_emails_pile_up_and_when_it_returns_each_goes_out_once() throws Exception {
        stopSmtp();
        List<String> contracts = IntStream.range(0, 4).mapToObj(i -> "c-outage-" + i + "-" + UUID.randomUUID()).toList();
        List<String> causes = new ArrayList<>();
        try {
            contracts.forEach(contract -> causes.add(TestTopics.publish(new ContractSigned(contract, "erin", "mona", 1,
                    new Money(40000, "EUR"), 2026, "ENG", Instant.now()))));
            await().atMost(DEADLINE).until(() -> dispatching.breakerState(Channel.EMAIL).equals("OPEN"));
            await().atMost(DEADLINE).until(() -> causes.stream().allMatch(c -> waiting(c) == 2));
            assertThat(mail().stream().filter(m -> contracts.stream().anyMatch(c -> subjectOrText(m).contains(c)))).isEmpty();
        } finally {
            restartSmtp();
        }

        for (String contract : contracts) {
            await().atMost(DEADLINE).until(() -> mailTo("erin@pactum.example", contract).size() == 1
                    && mailTo("mona@pactum.example", contract).size() == 1);
        }
        await().atMost(DEADLINE).until(() -> causes.stream().allMatch(c -> waiting(c) == 0));
        assertThat(contracts).allSatisfy(contract -> {
            assertThat(mailTo("erin@pactum.example", contract)).hasSize(1);
            assertThat(mailTo("mona@pactum.example", contract)).hasSize(1);
        });
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andExpect(content().string(containsString("pactum_reminders_sent_total{channel=\"EMAIL\"")));
    }

    @Test
    void a_webhook_that_keeps_failing_ends_failed_with_an_event_and_an_admin_can_retry_it() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        mvc.perform(put("/api/preferences").with(TestTokens.as("otto", Role.MANAGER, "ENG")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"channels":{"BUDGET":["INBOX","WEBHOOK"]},"webhookUrl":"https://127.0.0.1:%d/hook"}""".formatted(closedPort)))
                .andExpect(status().isOk());

        TestTopics.publish(new BudgetThresholdReached("mona", 2031, "ENG", 80));

        await().atMost(DEADLINE).until(() -> failedWebhookOf("otto").isPresent());
        String id = failedWebhookOf("otto").orElseThrow();
        await().atMost(DEADLINE).until(() -> failuresOf(id) == 1);
        NotificationFailed failed = TestTopics.events(Topics.NOTIFICATIONS, NotificationFailed.class).stream()
                .filter(f -> f.notificationId().equals(id)).findFirst().orElseThrow();
        assertThat(failed.employeeId()).isEqualTo("otto");
        assertThat(failed.channel()).isEqualTo("WEBHOOK");
        assertThat(failed.category()).isEqualTo("BUDGET");
        mvc.perform(get("/api/deliveries").param("status", "FAILED").with(LARS))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].failedDispatches").value(5));
        mvc.perform(get("/api/deliveries").param("status", "FAILED").with(TestTokens.as("lars", Role.LD_ADMIN, "SALES")))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')]").isEmpty());

        mvc.perform(post("/api/deliveries/" + id + "/retry").with(TestTokens.as("lars", Role.LD_ADMIN, "SALES")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/deliveries/" + id + "/retry").with(LARS)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING")).andExpect(jsonPath("$.failedDispatches").value(0));
        mvc.perform(post("/api/deliveries/" + id + "/retry").with(LARS)).andExpect(status().isConflict());
        // it is really tried again: after its attempts it fails a second time, with a second event
        await().atMost(DEADLINE).until(() -> failuresOf(id) == 2);
        await().atMost(DEADLINE).until(() -> failedWebhookOf("otto").isPresent());
        mvc.perform(get("/api/inbox").with(TestTokens.as("otto", Role.MANAGER, "ENG")))
                .andExpect(jsonPath("$[0].subject").value("Learning budget 80% used"));
    }

    @Test
    void a_backlog_of_due_reminders_is_claimed_once_each_even_when_a_claimant_dies_holding_some() throws Exception {
        String batch = "c-backlog-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String contract = batch + i + "x";
            String id = "signature:" + contract + ":1";
            ids.add(id);
            reminders.schedule(new Reminder(id, ReminderKind.SIGNATURE_PENDING, "sam", contract, null, null, null, "sam",
                    "SALES", Instant.now().minusSeconds(3600), Set.of(Reminder.contractKey(contract))));
        }
        // two more claimants race the service's own scheduler; they claim briefly and "die" without sending
        List<String> claimedByOthers = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<Void>> racers = IntStream.range(0, 2).mapToObj(n -> CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 10; i++) {
                reminders.claimDue(Instant.now(), Instant.now().plusSeconds(1))
                        .filter(r -> r.id().startsWith("signature:" + batch)).ifPresent(r -> claimedByOthers.add(r.id()));
            }
        })).toList();
        racers.forEach(CompletableFuture::join);
        assertThat(claimedByOthers).doesNotHaveDuplicates();

        // the abandoned claims expire and the service takes them over: every reminder done, each sent once
        await().atMost(DEADLINE).until(() -> ids.stream().allMatch(id -> reminders.statusOf(id).orElseThrow().equals("DONE")));
        String inbox = mvc.perform(get("/api/inbox").with(TestTokens.as("sam", Role.EMPLOYEE, "SALES")))
                .andReturn().getResponse().getContentAsString();
        for (int i = 0; i < 30; i++) {
            assertThat(inbox.split(batch + i + "x", -1)).as("reminder " + i).hasSize(2);
        }
        await().atMost(DEADLINE).until(() -> mailTo("sam@pactum.example", batch).size() >= 30);
        assertThat(mailTo("sam@pactum.example", batch)).hasSize(30);
    }

    /** Email deliveries of this cause (event id) not sent yet. */
    @Test
    void two_more_dispatchers_racing_the_service_over_one_backlog_send_each_email_once() throws Exception {
        Dispatching second = new Dispatching(deliveries, senders, settings, meters, people, templates, java.time.Clock.systemUTC());
        Dispatching third = new Dispatching(deliveries, senders, settings, meters, people, templates, java.time.Clock.systemUTC());
        String batch = "backlog-mail-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        Instant due = Instant.now().plusSeconds(2);
        for (int i = 0; i < 20; i++) {
            String cause = batch + i;
            deliveries.add(new io.pactum.notification.domain.Delivery(
                    io.pactum.notification.domain.Delivery.idFor(cause, "sam", Channel.EMAIL), cause,
                    io.pactum.notification.domain.Category.BUDGET, Channel.EMAIL, "sam", "sam", "sam@pactum.example",
                    "Backlog " + i, "Backlog item " + cause + " end", "<p>Backlog item " + cause + "</p>", null, Instant.now(), due),
                    io.pactum.notification.domain.DeliveryStatus.PENDING, null);
        }
        List<CompletableFuture<Void>> racers = List.of(second, third).stream().map(d -> CompletableFuture.runAsync(() -> {
            while (mailTo("sam@pactum.example", batch).size() < 20 && Instant.now().isBefore(due.plusSeconds(60))) {
                d.dispatchDue();
            }
        })).toList();
        racers.forEach(CompletableFuture::join);
        for (int i = 0; i < 20; i++) {
            assertThat(mailTo("sam@pactum.example", batch + i + " end")).as("item " + i).hasSize(1);
        }
    }

    @Autowired
    io.pactum.notification.application.Deliveries deliveries;
    @Autowired
    List<io.pactum.notification.application.ChannelSender> senders;
    @Autowired
    io.pactum.notification.NotificationSettings settings;
    @Autowired
    io.pactum.notification.application.DeliveryMeters meters;
    @Autowired
    io.pactum.notification.domain.People people;
    @Autowired
    io.pactum.notification.application.MessageTemplates templates;

    private long waiting(String contract) {
        try {
            return waitingOrFail(contract);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long waitingOrFail(String contract) throws Exception {
        String pending = mvc.perform(get("/api/deliveries").param("status", "PENDING").with(LARS)).andReturn().getResponse()
                .getContentAsString();
        String sending = mvc.perform(get("/api/deliveries").param("status", "SENDING").with(LARS)).andReturn().getResponse()
                .getContentAsString();
        return (pending.split(contract, -1).length - 1) + (sending.split(contract, -1).length - 1);
    }

    private java.util.Optional<String> failedWebhookOf(String recipient) throws Exception {
        String body = mvc.perform(get("/api/deliveries").param("status", "FAILED").with(LARS)).andReturn().getResponse()
                .getContentAsString();
        var matcher = java.util.regex.Pattern.compile("\\{\"id\":\"([^\"]+)\"[^}]*\"channel\":\"WEBHOOK\",\"recipientId\":\""
                + recipient + "\"").matcher(body);
        return matcher.find() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
    }

    private static long failuresOf(String id) {
        return TestTopics.events(Topics.NOTIFICATIONS, NotificationFailed.class).stream()
                .filter(f -> f.notificationId().equals(id)).count();
    }

    private static String subjectOrText(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject() + io.pactum.notification.Mails.text(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
