package io.pactum.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pactum.chassis.testing.TestTopics;
import io.pactum.events.Money;
import io.pactum.events.Topics;
import io.pactum.events.budget.BudgetReservationPendingApproval;
import io.pactum.events.budget.BudgetReserved;
import io.pactum.events.competency.CompetencyLevelChanged;
import io.pactum.events.contract.ContractActivated;
import io.pactum.events.contract.ContractFundingDeclined;
import io.pactum.events.contract.ContractProposed;
import io.pactum.events.contract.MilestoneCompleted;
import io.pactum.events.contract.MilestoneMissed;
import io.pactum.events.notification.NotificationSent;
import io.pactum.notification.Mails;
import io.pactum.notification.NotificationIntegrationTest;
import io.pactum.notification.application.ReminderBook;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Events from the other services become emails (read back from GreenMail) and inbox items, once each. */
class NotificationFlowTest extends NotificationIntegrationTest {

    private static final Money COST = new Money(150000, "EUR");

    @Autowired
    ReminderBook reminders;

    @Test
    void a_proposal_by_the_employee_reaches_the_manager_once_by_email_and_inbox_even_when_redelivered() throws Exception {
        String contract = "c-prop-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        ContractProposed proposed = new ContractProposed(contract, "erin", "mona", 2, "erin", "ENG", 2026, COST);
        TestTopics.publish(eventId, proposed);

        await().atMost(DEADLINE).until(() -> mailTo("mona@pactum.example", contract).size() == 1);
        MimeMessage mail = mailTo("mona@pactum.example", contract).getFirst();
        assertThat(mail.getSubject()).isEqualTo("A learning contract awaits your signature");
        assertThat(Mails.text(mail)).startsWith("Hello Mona Manager,").contains("Erin Eriksson proposed revision 2");
        String html = Mails.html(mail);
        assertThat(html).contains("<html lang=\"en\">", "Erin Eriksson proposed revision 2", "/unsubscribe?token=");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).startsWith("<http://localhost:8084/unsubscribe?token=");
        assertThat(mailTo("erin@pactum.example", contract)).as("the proposer is not asked to sign").isEmpty();
        mvc.perform(get("/api/inbox").with(MONA)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].text", containsString(contract)))
                .andExpect(jsonPath("$[0].subject").value("A learning contract awaits your signature"))
                .andExpect(jsonPath("$[0].read").value(false));

        // the same event again, then a later one on the same partition: once the later one is through, the first was too
        TestTopics.publish(eventId, proposed);
        String later = "c-prop-later-" + UUID.randomUUID();
        TestTopics.publish(new ContractProposed(later, "erin", "mona", 1, "erin", "ENG", 2026, COST));
        await().atMost(DEADLINE).until(() -> mailTo("mona@pactum.example", later).size() == 1);
        assertThat(mailTo("mona@pactum.example", contract)).hasSize(1);
        assertThat(inboxItemsAbout("mona", contract)).isEqualTo(1);
        await().atMost(DEADLINE).until(() -> TestTopics.events(Topics.NOTIFICATIONS, NotificationSent.class).stream()
                .filter(s -> s.employeeId().equals("mona") && s.category().equals("SIGNATURE")).count() >= 4);
    }

    @Test
    void a_swedish_recipient_reads_swedish_with_times_in_their_own_zone() throws Exception {
        String contract = "c-sv-" + UUID.randomUUID();
        TestTopics.publish(new ContractActivated(contract, "stina", 1, "ENG", 2026, Instant.parse("2026-11-23T10:00:00Z")));

        await().atMost(DEADLINE).until(() -> mailTo("stina@pactum.example", contract).size() == 1);
        MimeMessage mail = mailTo("stina@pactum.example", contract).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Lärandeavtal aktivt");
        assertThat(Mails.text(mail)).startsWith("Hej Stina Svensson,")
                .contains("är finansierat och aktivt sedan 23 november 2026 11:00", "Sluta skicka dessa e-postmeddelanden");
        assertThat(Mails.html(mail)).contains("<html lang=\"sv\">");
        // her manager reads English, in London time
        await().atMost(DEADLINE).until(() -> mailTo("mona@pactum.example", contract).size() == 1);
        assertThat(Mails.text(mailTo("mona@pactum.example", contract).getFirst()))
                .contains("funded and active since 23 November 2026 10:00");
    }

    @Test
    void funding_news_goes_to_the_employee_the_manager_and_the_units_learning_admins() throws Exception {
        String declined = "c-decl-" + UUID.randomUUID();
        TestTopics.publish(new ContractFundingDeclined(declined, "erin", 1, "ENG", 2026, "INSUFFICIENT_FUNDS",
                "only 200.00 EUR available"));
        String pending = "c-pend-" + UUID.randomUUID();
        TestTopics.publish(new BudgetReservationPendingApproval("ap-1", pending, "erin", 1, 2026, "ENG", COST,
                new Money(100000, "EUR")));

        for (String address : List.of("erin@pactum.example", "mona@pactum.example", "lars@pactum.example")) {
            await().atMost(DEADLINE).until(() -> mailTo(address, declined).size() == 1 && mailTo(address, pending).size() == 1);
        }
        assertThat(Mails.text(mailTo("erin@pactum.example", pending).getFirst())).contains("1500.00 EUR", "1000.00 EUR");
        assertThat(Mails.text(mailTo("lars@pactum.example", declined).getFirst())).contains("only 200.00 EUR available");
        assertThat(mailTo("otto@pactum.example", declined)).isEmpty();
    }

    @Test
    void a_level_reached_is_news_and_a_level_lost_is_not() throws Exception {
        TestTopics.publish(new CompetencyLevelChanged("erin", "kotlin-" + "up", 2, 3, "ASSESSMENT", "mona"));
        TestTopics.publish(new CompetencyLevelChanged("erin", "kotlin-" + "down", 3, 2, "DECAY", null));
        await().atMost(DEADLINE).until(() -> mailTo("erin@pactum.example", "kotlin-up").size() == 1);
        assertThat(Mails.text(mailTo("erin@pactum.example", "kotlin-up").getFirst())).contains("reached level 3 in kotlin-up");
        assertThat(mailTo("erin@pactum.example", "kotlin-down")).isEmpty();
    }

    @Test
    void a_missed_milestone_goes_at_once_to_employee_and_manager_and_escalates_when_still_open_a_week_later() {
        String contract = "c-miss-" + UUID.randomUUID();
        // missed eight days ago: the escalation fell due while nobody was looking, so it catches up at once
        TestTopics.publish(UUID.randomUUID().toString(), new MilestoneMissed(contract, "erin", "mona", "m1", "Course finished",
                LocalDate.of(2026, 11, 14), "ENG", 2026), OffsetDateTime.now(ZoneOffset.UTC).minusDays(8));

        await().atMost(DEADLINE).until(() -> mailTo("erin@pactum.example", contract).size() == 1
                && mailTo("mona@pactum.example", contract).size() == 1);
        await().atMost(DEADLINE).until(() -> mailTo("otto@pactum.example", contract).size() == 1
                && mailTo("lars@pactum.example", contract).size() == 1);
        assertThat(mailTo("otto@pactum.example", contract).getFirst()).satisfies(m ->
                assertThat(m.getSubject()).isEqualTo("Escalation: milestone still open — Course finished"));
        assertThat(reminders.statusOf("escalation:" + contract + ":m1")).contains("DONE");
        assertThat(mailTo("erin@pactum.example", contract)).as("the escalation is not for the employee").hasSize(1);
    }

    @Test
    void completing_the_milestone_cancels_its_escalation() {
        String contract = "c-done-" + UUID.randomUUID();
        TestTopics.publish(new MilestoneMissed(contract, "erin", "mona", "m1", "Course finished", LocalDate.of(2026, 11, 20),
                "ENG", 2026));
        await().atMost(DEADLINE).until(() -> reminders.statusOf("escalation:" + contract + ":m1").isPresent());
        assertThat(reminders.statusOf("escalation:" + contract + ":m1")).contains("SCHEDULED");

        TestTopics.publish(new MilestoneCompleted(contract, "erin", "m1", "Course finished", Instant.now(), "certificate",
                "ENG", 2026));
        await().atMost(DEADLINE).until(() -> reminders.statusOf("escalation:" + contract + ":m1").orElseThrow().equals("CANCELLED"));
    }

    @Test
    void a_funding_approval_left_pending_is_recalled_to_learning_admins_unless_the_budget_answered() {
        String stale = "c-stale-" + UUID.randomUUID();
        TestTopics.publish(UUID.randomUUID().toString(), new BudgetReservationPendingApproval("ap-" + stale, stale, "erin", 1,
                2026, "ENG", COST, new Money(100000, "EUR")), OffsetDateTime.now(ZoneOffset.UTC).minusDays(3));
        await().atMost(DEADLINE).until(() -> mailTo("lars@pactum.example", stale).size() == 2);
        assertThat(mailTo("lars@pactum.example", stale)).extracting(m -> m.getSubject()).contains(
                "Påminnelse: finansieringen av ett lärandeavtal väntar fortfarande på ditt godkännande");

        String answered = "c-answered-" + UUID.randomUUID();
        TestTopics.publish(new BudgetReservationPendingApproval("ap-" + answered, answered, "erin", 1, 2026, "ENG", COST,
                new Money(100000, "EUR")));
        TestTopics.publish(new BudgetReserved(answered, "erin", 1, 2026, COST, new Money(0, "EUR")));
        await().atMost(DEADLINE).until(() -> reminders.statusOf("approval:ap-" + answered).orElse("").equals("CANCELLED"));
    }

    @Test
    void redelivering_every_event_sends_nothing_new() throws Exception {
        String contract = "c-again-" + UUID.randomUUID();
        List<io.pactum.events.PactumEvent> history = List.of(
                new ContractProposed(contract, "erin", "mona", 1, "mona", "ENG", 2026, COST),
                new io.pactum.events.contract.ContractSigned(contract, "erin", "mona", 1, COST, 2026, "ENG", Instant.now()),
                new BudgetReservationPendingApproval("ap-" + contract, contract, "erin", 1, 2026, "ENG", COST, COST),
                new ContractFundingDeclined(contract, "erin", 1, "ENG", 2026, "APPROVAL_DECLINED", "declined"),
                new ContractActivated(contract, "erin", 2, "ENG", 2026, Instant.now()),
                new io.pactum.events.contract.CheckInMissed(contract, "erin", "mona", LocalDate.of(2026, 11, 1), "ENG", 2026),
                new MilestoneMissed(contract, "erin", "mona", "m1", "Workshop", LocalDate.of(2026, 11, 2), "ENG", 2026));
        List<String> ids = history.stream().map(e -> UUID.randomUUID().toString()).toList();
        for (int i = 0; i < history.size(); i++) {
            TestTopics.publish(ids.get(i), history.get(i));
        }
        // 7 events: erin's mail for 6 of them (the proposal by mona asks erin only), mona's for 6, lars's for 2
        await().atMost(DEADLINE).until(() -> mailTo("erin@pactum.example", contract).size() == 7
                && mailTo("mona@pactum.example", contract).size() == 6 && mailTo("lars@pactum.example", contract).size() == 2);
        long inboxBefore = inboxItemsAbout("erin", contract);

        for (int i = 0; i < history.size(); i++) {
            TestTopics.publish(ids.get(i), history.get(i));
        }
        String sentinel = "c-sentinel-" + UUID.randomUUID();
        TestTopics.publish(new ContractActivated(sentinel, "erin", 1, "ENG", 2026, Instant.now()));
        await().atMost(DEADLINE).until(() -> mailTo("erin@pactum.example", sentinel).size() == 1);

        assertThat(mailTo("erin@pactum.example", contract)).hasSize(7);
        assertThat(mailTo("mona@pactum.example", contract)).hasSize(6);
        assertThat(mailTo("lars@pactum.example", contract)).hasSize(2);
        assertThat(inboxItemsAbout("erin", contract)).isEqualTo(inboxBefore).isEqualTo(7);
    }

    @Test
    void a_daily_digest_collects_a_categorys_emails_into_one_in_the_recipients_language() throws Exception {
        java.time.LocalTime at = java.time.LocalTime.now(java.time.ZoneId.of("Europe/Stockholm")).plusSeconds(20).withNano(0);
        var stina = io.pactum.chassis.testing.TestTokens.as("stina", io.pactum.chassis.security.Role.EMPLOYEE, "ENG");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/preferences").with(stina)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("""
                        {"channels":{},"digest":{"at":"%s","categories":["COMPETENCY"]}}""".formatted(at)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.digest.categories[0]").value("COMPETENCY"));
        String first = "digest-a-" + UUID.randomUUID();
        String second = "digest-b-" + UUID.randomUUID();
        String firstId = TestTopics.publish(new CompetencyLevelChanged("stina", first, 1, 2, "ASSESSMENT", "mona"));
        TestTopics.publish(new CompetencyLevelChanged("stina", second, 2, 3, "ASSESSMENT", "mona"));
        TestTopics.publish(firstId, new CompetencyLevelChanged("stina", first, 1, 2, "ASSESSMENT", "mona"));

        // her manager has no digest: his emails come at once, and her inbox too
        await().atMost(DEADLINE).until(() -> mailTo("mona@pactum.example", second).size() == 1);
        mvc.perform(get("/api/inbox").with(stina)).andExpect(jsonPath("$[*].text", org.hamcrest.Matchers.hasItem(
                containsString(second))));
        assertThat(mailTo("stina@pactum.example", first)).isEmpty();

        await().atMost(DEADLINE).until(() -> mailTo("stina@pactum.example", second).size() == 1);
        MimeMessage digest = mailTo("stina@pactum.example", second).getFirst();
        assertThat(digest.getSubject()).isEqualTo("Din Pactum-sammanfattning: 2 notiser");
        assertThat(Mails.text(digest)).startsWith("Hej Stina Svensson,").contains(first, second);
        assertThat(Mails.html(digest)).contains("<html lang=\"sv\">", first, second);
        assertThat(mailTo("stina@pactum.example", first)).as("one digest, each notice once").hasSize(1);
    }

    private long inboxItemsAbout(String user, String marker) throws Exception {
        String body = mvc.perform(get("/api/inbox").with(user.equals("mona") ? MONA : ERIN)).andReturn().getResponse()
                .getContentAsString();
        return body.split(marker, -1).length - 1;
    }
}
