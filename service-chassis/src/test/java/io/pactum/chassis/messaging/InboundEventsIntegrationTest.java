package io.pactum.chassis.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pactum.chassis.sample.SampleApplication;
import io.pactum.chassis.sample.SampleApplication.Tally;
import io.pactum.chassis.sample.SampleService;
import io.pactum.chassis.testing.TestTopics;
import io.pactum.chassis.workforce.WorkforceDirectory;
import io.pactum.chassis.workforce.WorkforceMember;
import io.pactum.events.Topics;
import io.pactum.events.notification.NotificationSent;
import io.pactum.events.workforce.EmployeeUpserted;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Idempotent consumption and dead-lettering against the real in-process broker: redelivered events
 * change nothing, and a poison record goes to the consumer's dead-letter topic while the next good
 * record is still consumed.
 */
class InboundEventsIntegrationTest {

    /** A consumer group (and dead-letter topic) of its own, apart from other test classes' sample services. */
    private static final String APPLICATION = "chassis-inbound-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String DLQ = Topics.NOTIFICATIONS + "." + APPLICATION + ".dlq";

    private static ConfigurableApplicationContext service;
    private static MongoTemplate mongo;

    @BeforeAll
    static void start() {
        service = SampleService.start("inbound-" + UUID.randomUUID(), Map.of("spring.application.name", APPLICATION));
        mongo = service.getBean(MongoTemplate.class);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void redelivering_every_event_changes_nothing() {
        String recipient = "t-" + UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(TestTopics.publish(new NotificationSent("n" + i, recipient, "TEST", "INBOX")));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> count(recipient) == 5);

        for (String id : ids) {
            TestTopics.publish(id, new NotificationSent("again", recipient, "TEST", "INBOX"));
        }
        // a marker after the redeliveries, on the same key and so the same partition: once it is
        // applied, every redelivery before it has been handled too
        TestTopics.publish(new NotificationSent("marker", recipient, "TEST", "INBOX"));
        await().atMost(Duration.ofSeconds(60)).until(() -> tally(recipient).appliedEventIds().size() == 6);

        Tally tally = tally(recipient);
        assertThat(tally.count()).isEqualTo(6);
        assertThat(tally.appliedEventIds()).containsAll(ids).doesNotHaveDuplicates();
    }

    @Test
    void a_malformed_record_and_a_failing_event_go_to_the_dead_letter_topic_and_the_next_event_is_consumed() {
        String recipient = "p-" + UUID.randomUUID();
        TestTopics.send(new ProducerRecord<>(Topics.NOTIFICATIONS, recipient, "{not json".getBytes(StandardCharsets.UTF_8)));
        String poisonId = TestTopics.publish(new NotificationSent("poisoned", recipient, "poison", "INBOX"));
        TestTopics.publish(new NotificationSent("good", recipient, "TEST", "INBOX"));

        await().atMost(Duration.ofSeconds(60)).until(() -> count(recipient) == 1);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var dead = TestTopics.records(DLQ).stream().filter(r -> recipient.equals(r.key())).toList();
            assertThat(dead).hasSize(2);
            assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
            assertThat(new String(dead.get(1).headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8))
                    .isEqualTo(poisonId);
        });
    }

    @Test
    void the_workforce_projection_keeps_the_newest_state_and_ignores_redeliveries_and_late_events() {
        String employee = "e-" + UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime monday = OffsetDateTime.of(2026, 11, 16, 9, 0, 0, 0, ZoneOffset.UTC);
        String firstId = UUID.randomUUID().toString();
        TestTopics.publish(firstId, upserted(employee, "mona", "ENG"), monday);
        WorkforceDirectory directory = service.getBean(WorkforceDirectory.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> directory.find(employee).isPresent());

        TestTopics.publish(UUID.randomUUID().toString(), upserted(employee, "sven", "SALES"), monday.plusDays(1));
        await().atMost(Duration.ofSeconds(60)).until(() -> "sven".equals(directory.find(employee).orElseThrow().managerId()));

        // the first event again, and an even older one: neither may roll the state back
        TestTopics.publish(firstId, upserted(employee, "mona", "ENG"), monday);
        TestTopics.publish(UUID.randomUUID().toString(), upserted(employee, "olle", "OPS"), monday.minusDays(3));
        String marker = "m-" + UUID.randomUUID().toString().substring(0, 8);
        TestTopics.publish(UUID.randomUUID().toString(), upserted(marker, "sven", "SALES"), monday);
        await().atMost(Duration.ofSeconds(60)).until(() -> directory.find(marker).isPresent());

        WorkforceMember member = directory.find(employee).orElseThrow();
        assertThat(member.managerId()).isEqualTo("sven");
        assertThat(member.businessUnit()).isEqualTo("SALES");
        assertThat(member.asOf()).isEqualTo(monday.plusDays(1).toInstant());
        assertThat(directory.directReports("sven")).extracting(WorkforceMember::employeeId).contains(employee, marker);
        assertThat(directory.isManagerOf("mona", employee)).isFalse();
    }

    private static EmployeeUpserted upserted(String id, String manager, String unit) {
        return new EmployeeUpserted(id, "Test " + id, id + "@pactum.example", "en-GB", "Europe/Stockholm",
                unit, "Engineer", manager, true);
    }

    private static long count(String recipient) {
        Tally tally = mongo.findById(recipient, Tally.class, SampleApplication.TALLIES);
        return tally == null ? 0 : tally.count();
    }

    private static Tally tally(String recipient) {
        Tally tally = mongo.findById(recipient, Tally.class, SampleApplication.TALLIES);
        return tally == null ? new Tally(recipient, 0, List.of()) : tally;
    }
}
