package io.pactum.chassis.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pactum.chassis.sample.SampleApplication;
import io.pactum.chassis.sample.SampleApplication.Parcel;
import io.pactum.chassis.sample.SampleService;
import io.pactum.chassis.testing.TestTopics;
import io.pactum.events.CloudEventMapping;
import io.pactum.events.Topics;
import io.pactum.events.notification.NotificationSent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Reliable publication against the real in-process broker and the MongoDB-wire store: the state change
 * and its event are one document write, and the relay publishes what is pending, also after the
 * service stopped between the write and the publish.
 */
class OutboxRelayIntegrationTest {

    /** A consumer group of its own, apart from other test classes' sample services. */
    private static final String APPLICATION = "chassis-outbox-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void a_write_made_while_the_relay_was_down_is_published_exactly_once_after_restart() {
        String database = "outbox-" + UUID.randomUUID();
        String recipient = "r-" + UUID.randomUUID();
        String eventId;

        // 1. the service writes the aggregate and its event, then stops before any publish
        try (ConfigurableApplicationContext first = SampleService.start(database, Map.of("spring.application.name", APPLICATION, "pactum.outbox.relay-enabled", false))) {
            assertThat(first.containsBean("outboxRelay")).isFalse();
            Parcel parcel = parcel(recipient);
            PendingEvent pending = first.getBean(Outbox.class)
                    .pending(new NotificationSent(parcel.id, recipient, "PARCEL", "POST"));
            parcel.pendingEvents.add(pending);
            first.getBean(MongoTemplate.class).insert(parcel);
            eventId = pending.eventId();
        }
        assertThat(recordsWithId(eventId)).isZero();

        // 2. restarted, the relay finds the pending event, publishes it and removes it from the document
        try (ConfigurableApplicationContext second = SampleService.start(database, Map.of("spring.application.name", APPLICATION))) {
            MongoTemplate mongo = second.getBean(MongoTemplate.class);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(recordsWithId(eventId)).isEqualTo(1);
                assertThat(pendingCount(mongo)).isZero();
            });
            Parcel stored = mongo.findAll(Parcel.class).getFirst();
            assertThat(stored.status).isEqualTo("DISPATCHED");
        }

        // 3. another restart publishes nothing again
        try (ConfigurableApplicationContext third = SampleService.start(database, Map.of("spring.application.name", APPLICATION))) {
            assertThat(third.getBean(OutboxRelay.class).relayOnce()).isZero();
        }
        assertThat(recordsWithId(eventId)).isEqualTo(1);
        NotificationSent published = TestTopics.events(Topics.NOTIFICATIONS).stream()
                .filter(e -> e.id().equals(eventId)).map(e -> (NotificationSent) e.data()).findFirst().orElseThrow();
        assertThat(published.employeeId()).isEqualTo(recipient);
    }

    @Test
    void events_of_one_aggregate_are_published_in_order_with_key_and_cloudevents_headers() {
        String database = "outbox-" + UUID.randomUUID();
        String recipient = "o-" + UUID.randomUUID();
        try (ConfigurableApplicationContext service = SampleService.start(database, Map.of("spring.application.name", APPLICATION, "pactum.outbox.relay-enabled", false))) {
            Outbox outbox = service.getBean(Outbox.class);
            Parcel parcel = parcel(recipient);
            for (int i = 0; i < 5; i++) {
                parcel.pendingEvents.add(outbox.pending(new NotificationSent("n" + i, recipient, "PARCEL", "POST")));
            }
            service.getBean(MongoTemplate.class).insert(parcel);
        }
        try (ConfigurableApplicationContext service = SampleService.start(database, Map.of("spring.application.name", APPLICATION))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> recordsFor(recipient).size() == 5);
            List<ConsumerRecord<String, byte[]>> records = recordsFor(recipient);
            List<String> ids = records.stream()
                    .map(r -> ((NotificationSent) CloudEventMapping.fromRecord(r.headers(), r.value()).data()).notificationId())
                    .toList();
            assertThat(ids).containsExactly("n0", "n1", "n2", "n3", "n4");
            assertThat(records).allSatisfy(r -> {
                assertThat(header(r, "ce_type")).isEqualTo("pactum.notification.sent.v1");
                assertThat(header(r, "ce_source")).isEqualTo("/pactum/" + APPLICATION);
                assertThat(header(r, "ce_subject")).isEqualTo(recipient);
                assertThat(header(r, "ce_specversion")).isEqualTo("1.0");
            });
        }
    }

    private static Parcel parcel(String recipient) {
        Parcel parcel = new Parcel();
        parcel.id = UUID.randomUUID().toString();
        parcel.recipient = recipient;
        parcel.status = "DISPATCHED";
        return parcel;
    }

    private static List<ConsumerRecord<String, byte[]>> recordsFor(String key) {
        return TestTopics.records(Topics.NOTIFICATIONS).stream().filter(r -> key.equals(r.key())).toList();
    }

    private static long recordsWithId(String eventId) {
        return TestTopics.records(Topics.NOTIFICATIONS).stream()
                .filter(r -> r.headers().lastHeader("ce_id") != null && eventId.equals(header(r, "ce_id")))
                .count();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static long pendingCount(MongoTemplate mongo) {
        return mongo.findAll(Document.class, SampleApplication.PARCELS).stream()
                .mapToLong(d -> d.getList(Outbox.FIELD, Document.class, List.of()).size()).sum();
    }
}
