package io.pactum.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pactum.chassis.testing.TestTopics;
import io.pactum.events.Money;
import io.pactum.events.PactumEvent;
import io.pactum.events.contract.CheckInRecorded;
import io.pactum.events.contract.ContractActivated;
import io.pactum.events.contract.ContractCancelled;
import io.pactum.events.contract.ContractSigned;
import io.pactum.events.contract.MilestoneCompleted;
import io.pactum.events.contract.PlannedMilestone;
import io.pactum.notification.Mails;
import io.pactum.notification.NotificationIntegrationTest;
import io.pactum.notification.application.ReminderBook;
import io.pactum.notification.domain.Category;
import io.pactum.notification.domain.Reminder;
import io.pactum.notification.domain.ReminderKind;
import io.pactum.notification.domain.UnsubscribeToken;
import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Milestone and check-in reminders of ACTIVE contracts, scheduled from ContractSigned + ContractActivated and sent when
 * the service's clock reaches them (the tests move it a day or so ahead); emails read back from GreenMail.
 */
class DueRemindersTest extends NotificationIntegrationTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Duration WEEK = Duration.ofDays(7);
    private static final Duration DAY = Duration.ofDays(1);

    @Autowired
    ReminderBook reminders;
    @Autowired
    UnsubscribeToken tokens;

    @Test
    void a_milestone_eight_days_ahead_is_recalled_seven_days_before_in_each_recipients_language_and_completing_it_cancels_the_rest()
            throws Exception {
        String contract = "c-due-" + UUID.randomUUID();
        String milestone = "Labb klar " + contract.substring(6, 14);
        LocalDate due = LocalDate.now(STOCKHOLM).plusDays(8);
        TestTopics.publish(signed(contract, "stina", "Kubernetes i praktiken", 30, new PlannedMilestone("m1", milestone, due)));
        TestTopics.publish(new ContractActivated(contract, "stina", 1, "ENG", 2026, Instant.now()));
        String week = Reminder.milestoneDueId(contract, 1, "m1", WEEK);
        String day = Reminder.milestoneDueId(contract, 1, "m1", DAY);
        await().atMost(DEADLINE).until(() -> reminders.statusOf(week).isPresent() && reminders.statusOf(day).isPresent());
        assertThat(reminders.statusOf(week)).contains("SCHEDULED");
        assertThat(mailTo("stina@pactum.example", milestone)).isEmpty();

        // a week before the due date, at 09:00 in Stockholm, where stina works
        clock.moveTo(due.minusDays(7).atTime(9, 0).atZone(STOCKHOLM).toInstant());
        await().atMost(DEADLINE).until(() -> mailTo("stina@pactum.example", milestone).size() == 1
                && mailTo("mona@pactum.example", milestone).size() == 1);

        String swedishDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag("sv-SE")).format(due);
        MimeMessage swedish = mailTo("stina@pactum.example", milestone).getFirst();
        assertThat(swedish.getAllRecipients()[0].toString()).isEqualTo("stina@pactum.example");
        assertThat(swedish.getSubject()).isEqualTo("Delmål att klara senast " + swedishDate + ": " + milestone);
        assertThat(Mails.text(swedish)).startsWith("Hej Stina Svensson,")
                .contains("i Stina Svenssons lärandeavtal \"Kubernetes i praktiken\" ska vara klart senast " + swedishDate);
        assertThat(Mails.html(swedish)).contains("<html lang=\"sv\">", swedishDate);
        String link = swedish.getHeader("List-Unsubscribe")[0];
        assertThat(link).startsWith("<http://localhost:8084/unsubscribe?token=");
        assertThat(Mails.html(swedish)).contains(link.substring(1, link.length() - 1).replace("&", "&amp;"));
        String token = URLDecoder.decode(link.substring(link.indexOf("token=") + 6, link.length() - 1), StandardCharsets.UTF_8);
        assertThat(tokens.verify(token)).contains(new UnsubscribeToken.Unsubscribe("stina", Category.MILESTONE));

        MimeMessage english = mailTo("mona@pactum.example", milestone).getFirst();
        String englishDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH).format(due);
        assertThat(english.getSubject()).isEqualTo("Milestone due on " + englishDate + ": " + milestone);
        assertThat(Mails.text(english)).startsWith("Hello Mona Manager,").contains("Stina Svensson's learning contract");
        assertThat(reminders.statusOf(week)).contains("DONE");
        assertThat(reminders.statusOf(day)).contains("SCHEDULED");

        TestTopics.publish(new MilestoneCompleted(contract, "stina", "m1", milestone, Instant.now(), "lab report", "ENG", 2026));
        await().atMost(DEADLINE).until(() -> reminders.statusOf(day).orElseThrow().equals("CANCELLED"));
        assertThat(mailTo("stina@pactum.example", milestone)).hasSize(1);
    }

    @Test
    void a_check_in_is_recalled_on_the_day_the_cadence_makes_it_due_and_the_next_one_counts_from_the_latest_check_in() throws Exception {
        String contract = "c-ci-" + UUID.randomUUID();
        String title = "Pairing course " + contract;
        Instant activatedAt = Instant.now().minus(Duration.ofDays(13));
        LocalDate firstDue = LocalDate.ofInstant(activatedAt, ZoneOffset.UTC).plusDays(14);
        TestTopics.publish(signed(contract, "erin", title, 14));
        TestTopics.publish(new ContractActivated(contract, "erin", 1, "ENG", 2026, activatedAt));
        String first = Reminder.checkInDueId(contract, firstDue);
        await().atMost(DEADLINE).until(() -> reminders.statusOf(first).isPresent());

        clock.moveTo(firstDue.atTime(9, 0).atZone(STOCKHOLM).toInstant());
        await().atMost(DEADLINE).until(() -> mailTo("erin@pactum.example", title).size() == 1
                && mailTo("mona@pactum.example", title).size() == 1);
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH).format(firstDue);
        MimeMessage mail = mailTo("erin@pactum.example", title).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Check-in due on " + date);
        assertThat(Mails.text(mail)).contains("A check-in of Erin Eriksson's learning contract \"" + title + "\" is due on " + date);
        assertThat(reminders.statusOf(first)).contains("DONE");
        clock.reset();

        Instant recorded = Instant.now();
        TestTopics.publish(new CheckInRecorded(contract, "erin", "ci1", 4, "mona", recorded, "ENG", 2026));
        String next = Reminder.checkInDueId(contract, LocalDate.ofInstant(recorded, ZoneOffset.UTC).plusDays(14));
        await().atMost(DEADLINE).until(() -> reminders.statusOf(next).isPresent());
        assertThat(reminders.statusOf(next)).contains("SCHEDULED");

        // an older check-in arriving late changes nothing; the contract's end cancels what is pending
        Instant older = recorded.minus(Duration.ofDays(2));
        TestTopics.publish(new CheckInRecorded(contract, "erin", "ci0", 3, "erin", older, "ENG", 2026));
        TestTopics.publish(new ContractCancelled(contract, "erin", "changed team", "erin", "ENG", 2026, Instant.now()));
        await().atMost(DEADLINE).until(() -> reminders.statusOf(next).orElseThrow().equals("CANCELLED"));
        assertThat(reminders.statusOf(Reminder.checkInDueId(contract, LocalDate.ofInstant(older, ZoneOffset.UTC).plusDays(14))))
                .isEmpty();
    }

    @Test
    void redelivering_every_event_of_an_active_contract_sends_nothing_new_and_a_stale_reminder_is_never_sent() throws Exception {
        String contract = "c-redo-" + UUID.randomUUID();
        String milestone = "Quiz " + contract.substring(7, 15);
        LocalDate tomorrow = LocalDate.now(STOCKHOLM).plusDays(1);
        Instant activatedAt = Instant.now().minus(Duration.ofDays(5));
        Instant checkedInAt = Instant.now();
        List<PactumEvent> history = List.of(
                signed(contract, "erin", "Security basics", 30, new PlannedMilestone("m1", milestone, tomorrow)),
                new ContractActivated(contract, "erin", 1, "ENG", 2026, activatedAt),
                new CheckInRecorded(contract, "erin", "ci1", 3, "mona", checkedInAt, "ENG", 2026));
        List<String> ids = history.stream().map(e -> UUID.randomUUID().toString()).toList();
        for (int i = 0; i < history.size(); i++) {
            TestTopics.publish(ids.get(i), history.get(i));
        }
        String day = Reminder.milestoneDueId(contract, 1, "m1", DAY);
        await().atMost(DEADLINE).until(() -> reminders.statusOf(day).isPresent());
        // due tomorrow: the 1-day reminder (due this morning at 09:00 in Stockholm, or soon) goes; the 7-day one is stale
        clock.moveTo(tomorrow.minusDays(1).atTime(9, 0).atZone(STOCKHOLM).toInstant());
        await().atMost(DEADLINE).until(() -> mailTo("erin@pactum.example", milestone).size() == 1
                && mailTo("mona@pactum.example", milestone).size() == 1);
        assertThat(reminders.statusOf(Reminder.milestoneDueId(contract, 1, "m1", WEEK))).isEmpty();
        clock.reset();
        // ContractSigned and ContractActivated told erin once each
        await().atMost(DEADLINE).until(() -> mailTo("erin@pactum.example", contract).size() == 2);
        LocalDate activationCheckIn = LocalDate.ofInstant(activatedAt, ZoneOffset.UTC).plusDays(30);
        String checkIn = Reminder.checkInDueId(contract, LocalDate.ofInstant(checkedInAt, ZoneOffset.UTC).plusDays(30));
        assertThat(reminders.statusOf(checkIn)).contains("SCHEDULED");

        for (int i = 0; i < history.size(); i++) {
            TestTopics.publish(ids.get(i), history.get(i));
        }
        String sentinel = "c-sentinel-" + UUID.randomUUID();
        TestTopics.publish(new ContractActivated(sentinel, "erin", 1, "ENG", 2026, Instant.now()));
        await().atMost(DEADLINE).until(() -> mailTo("erin@pactum.example", sentinel).size() == 1);

        assertThat(mailTo("erin@pactum.example", milestone)).hasSize(1);
        assertThat(mailTo("mona@pactum.example", milestone)).hasSize(1);
        assertThat(mailTo("erin@pactum.example", contract)).hasSize(2);
        assertThat(reminders.statusOf(day)).contains("DONE");
        assertThat(reminders.statusOf(Reminder.milestoneDueId(contract, 1, "m1", WEEK))).isEmpty();
        // the check-in replaced activation's check-in reminder, and the redelivered activation did not bring it back
        assertThat(reminders.statusOf(Reminder.checkInDueId(contract, activationCheckIn))).contains("CANCELLED");
        assertThat(reminders.statusOf(checkIn)).contains("SCHEDULED");
    }

    @Test
    void after_downtime_a_reminder_overtaken_by_the_next_one_is_skipped_and_the_next_one_still_goes() throws Exception {
        String contract = "c-down-" + UUID.randomUUID();
        String milestone = "Exam " + contract.substring(7, 15);
        LocalDate due = LocalDate.now(STOCKHOLM).plusDays(1);
        Instant now = Instant.now();
        // stored before the service went down: the 7-day reminder (stale since the 1-day one fell due) and the 1-day one
        Reminder week = new Reminder(Reminder.milestoneDueId(contract, 1, "m1", WEEK), ReminderKind.MILESTONE_DUE, "erin",
                contract, "m1", milestone, due, null, "ENG", now.minus(Duration.ofDays(6)), Set.of(Reminder.contractKey(contract)),
                "Cloud exam", now.minus(Duration.ofHours(1)));
        Reminder day = new Reminder(Reminder.milestoneDueId(contract, 1, "m1", DAY), ReminderKind.MILESTONE_DUE, "erin",
                contract, "m1", milestone, due, null, "ENG", now.minus(Duration.ofHours(1)), Set.of(Reminder.contractKey(contract)),
                "Cloud exam", now.plus(Duration.ofDays(1)));
        reminders.schedule(week);
        reminders.schedule(day);

        await().atMost(DEADLINE).until(() -> reminders.statusOf(week.id()).orElseThrow().equals("SKIPPED")
                && reminders.statusOf(day.id()).orElseThrow().equals("DONE"));
        await().atMost(DEADLINE).until(() -> mailTo("erin@pactum.example", milestone).size() == 1
                && mailTo("mona@pactum.example", milestone).size() == 1);
        assertThat(mailTo("erin@pactum.example", milestone)).as("the 1-day reminder only").hasSize(1);
    }

    private static ContractSigned signed(String contract, String employee, String title, int checkInEveryDays,
                                         PlannedMilestone... milestones) {
        return new ContractSigned(contract, employee, "mona", 1, new Money(40000, "EUR"), 2026, "ENG", Instant.now(), title,
                null, List.of(), List.of(), List.of(milestones), checkInEveryDays);
    }
}
