package io.pactum.analytics.messaging;

import io.pactum.analytics.application.EventLog;
import io.pactum.analytics.application.EventPosition;
import io.pactum.events.CloudEventMapping;
import io.pactum.events.EventEnvelope;
import io.pactum.events.MalformedEventException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The topics read again with a plain Kafka consumer of its own: assigned partitions, no consumer group and no
 * committed offsets, so it never disturbs the live consumers' group.
 */
public class KafkaEventLog implements EventLog {

    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration STALL_LIMIT = Duration.ofSeconds(60);

    private final String bootstrapServers;
    private final String clientId;

    public KafkaEventLog(String bootstrapServers, String clientId) {
        this.bootstrapServers = bootstrapServers;
        this.clientId = clientId;
    }

    @Override
    public Map<Partition, Long> endOffsets(Collection<String> topics) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                List<PartitionInfo> infos = consumer.listTopics(METADATA_TIMEOUT).get(topic);
                if (infos != null) {
                    infos.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
                }
            }
            Map<Partition, Long> ends = new HashMap<>();
            consumer.endOffsets(partitions, METADATA_TIMEOUT).forEach((tp, end) -> ends.put(new Partition(tp.topic(), tp.partition()), end));
            return ends;
        }
    }

    @Override
    public void read(Map<Partition, Long> from, Map<Partition, Long> to, RecordHandler handler) {
        Map<TopicPartition, Long> ends = new HashMap<>();
        to.forEach((p, end) -> {
            if (end > from.getOrDefault(p, 0L)) {
                ends.put(new TopicPartition(p.topic(), p.partition()), end);
            }
        });
        if (ends.isEmpty()) {
            return;
        }
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.assign(ends.keySet());
            ends.keySet().forEach(tp -> consumer.seek(tp, from.getOrDefault(new Partition(tp.topic(), tp.partition()), 0L)));
            long lastProgress = System.nanoTime();
            while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                boolean progressed = false;
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= ends.get(tp)) {
                        continue; // past the end captured: the live consumers have it
                    }
                    handler.accept(decode(record), new EventPosition(record.topic(), record.partition(), record.offset()));
                    progressed = true;
                }
                // a partition that reached its end is fetched no further
                consumer.pause(ends.keySet().stream().filter(tp -> consumer.position(tp) >= ends.get(tp)).toList());
                if (progressed) {
                    lastProgress = System.nanoTime();
                } else if (System.nanoTime() - lastProgress > STALL_LIMIT.toNanos()) {
                    throw new IllegalStateException("reading the topics again made no progress for " + STALL_LIMIT.toSeconds() + " s");
                }
            }
        }
    }

    private static EventEnvelope decode(ConsumerRecord<String, byte[]> record) {
        try {
            return CloudEventMapping.fromRecord(record.headers(), record.value());
        } catch (MalformedEventException notAnEvent) {
            return null;
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, clientId,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000),
                new StringDeserializer(), new ByteArrayDeserializer());
    }
}
