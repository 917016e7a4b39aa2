package io.pactum.chassis.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pactum.chassis.outbox.Outbox;
import io.pactum.chassis.outbox.PendingEvent;
import io.pactum.chassis.sample.SampleApplication.Parcel;
import io.pactum.chassis.sample.SampleApplication.Tally;
import io.pactum.chassis.sample.SampleApplication;
import io.pactum.events.CloudEventMapping;
import io.pactum.events.Topics;
import io.pactum.events.notification.NotificationSent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The same publication and consumption guarantees against real MongoDB (a replica set) and a real
 * Kafka container. Runs only where Docker exists; reported as skipped otherwise (see the README).
 */
@Testcontainers(disabledWithoutDocker = true)
class RealMongoAndKafkaTest {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

    @Test
    void pending_events_are_published_once_and_consumed_once_on_real_parts() {
        String recipient = "c-" + UUID.randomUUID();
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(SampleApplication.class).run(
                "--spring.config.name=chassis-sample", "--server.port=0",
                "--pactum.kafka.bootstrap-servers=" + KAFKA.getBootstrapServers(),
                "--spring.mongodb.uri=" + MONGO.getReplicaSetUrl("pactum-chassis"),
                "--logging.structured.format.console=")) {
            MongoTemplate mongo = service.getBean(MongoTemplate.class);
            Parcel parcel = new Parcel();
            parcel.id = UUID.randomUUID().toString();
            parcel.recipient = recipient;
            parcel.status = "DISPATCHED";
            PendingEvent pending = service.getBean(Outbox.class)
                    .pending(new NotificationSent(parcel.id, recipient, "PARCEL", "POST"));
            parcel.pendingEvents.add(pending);
            mongo.insert(parcel);

            // published once, and the sample's own consumer applied it once
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                Tally tally = mongo.findById(recipient, Tally.class, SampleApplication.TALLIES);
                assertThat(tally).isNotNull();
                assertThat(tally.count()).isEqualTo(1);
            });
            List<ConsumerRecord<String, byte[]>> records = readAll(Topics.NOTIFICATIONS);
            assertThat(records).filteredOn(r -> recipient.equals(r.key())).hasSize(1)
                    .allSatisfy(r -> assertThat(CloudEventMapping.fromRecord(r.headers(), r.value()).id())
                            .isEqualTo(pending.eventId()));
            assertThat(mongo.findById(parcel.id, Parcel.class).pendingEvents).isEmpty();
        }
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
                if (!records.isEmpty()) {
                    break;
                }
            }
            return records;
        }
    }
}
