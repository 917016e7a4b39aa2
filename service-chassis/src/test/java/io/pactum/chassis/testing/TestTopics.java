package io.pactum.chassis.testing;

import io.pactum.events.CloudEventMapping;
import io.pactum.events.EventCatalog;
import io.pactum.events.EventDescriptor;
import io.pactum.events.EventEnvelope;
import io.pactum.events.EventJson;
import io.pactum.events.MalformedEventException;
import io.pactum.events.PactumEvent;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes CloudEvents to the test broker as another service would, and reads topics back. */
public final class TestTopics {

    public static final URI TEST_SOURCE = URI.create("/pactum/test");

    private TestTopics() {
    }

    /** Publishes an event with a new id; returns the id. */
    public static String publish(PactumEvent event) {
        String id = UUID.randomUUID().toString();
        publish(id, event);
        return id;
    }

    /** Publishes an event with the given id (publish it twice to simulate a redelivery). */
    public static void publish(String id, PactumEvent event) {
        publish(id, event, OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** Publishes an event with the given id and occurrence time. */
    public static void publish(String id, PactumEvent event, OffsetDateTime time) {
        EventDescriptor descriptor = EventCatalog.of(event);
        var cloudEvent = CloudEventMapping.toCloudEvent(id, descriptor.type(), TEST_SOURCE, event.employeeId(),
                time, EventJson.write(event));
        send(CloudEventMapping.toRecord(descriptor.topic(), cloudEvent));
    }

    /** Sends any record, e.g. a malformed one. */
    public static void send(ProducerRecord<String, byte[]> record) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every record on the topic so far, from the beginning. */
    public static List<ConsumerRecord<String, byte[]>> records(String topic) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            if (partitions.isEmpty()) {
                return List.of();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        } catch (org.apache.kafka.common.errors.TimeoutException | org.apache.kafka.common.errors.UnknownTopicOrPartitionException e) {
            return List.of();
        }
    }

    /** Every event on the topic so far, decoded; records that are not valid events (test poison) are left out. */
    public static List<EventEnvelope> events(String topic) {
        List<EventEnvelope> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records(topic)) {
            try {
                events.add(CloudEventMapping.fromRecord(record.headers(), record.value()));
            } catch (MalformedEventException notAnEvent) {
                // a poison record some test sent on purpose
            }
        }
        return events;
    }

    /** The events of one type on the topic so far. */
    public static <T extends PactumEvent> List<T> events(String topic, Class<T> type) {
        return events(topic).stream().map(EventEnvelope::data).filter(type::isInstance).map(type::cast).toList();
    }
}
