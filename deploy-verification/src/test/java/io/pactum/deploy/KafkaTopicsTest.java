package io.pactum.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactum.events.Topics;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Topic names agree across the code (io.pactum.events.Topics, the services' bindings and the chassis's
 * dead-letter naming), docker-compose.yml's kafka-init and the Strimzi KafkaTopic resources.
 */
class KafkaTopicsTest {

    private static final Compose COMPOSE = Compose.withExampleEnvironment();

    /** The public String constants of io.pactum.events.Topics. */
    static Set<String> domainTopics() {
        Set<String> topics = new TreeSet<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    topics.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return topics;
    }

    /** Every dead-letter topic some service writes to, from the services' bindings. */
    static Set<String> deadLetterTopics() {
        Set<String> topics = new TreeSet<>();
        for (String service : Repo.services()) {
            topics.addAll(ServiceCode.deadLetterTopics(service));
        }
        return topics;
    }

    @Test
    void the_code_declares_the_five_topics_of_the_architecture() {
        assertThat(domainTopics()).containsExactlyInAnyOrder("pactum.contracts", "pactum.budgets",
                "pactum.competencies", "pactum.workforce", "pactum.notifications");
        for (String service : Repo.services()) {
            assertThat(domainTopics()).as(service + " consumes known topics").containsAll(ServiceCode.consumedTopics(service));
        }
        assertThat(ServiceCode.consumedTopics("budget-service")).contains(Topics.CONTRACTS, Topics.WORKFORCE);
    }

    @Test
    void kafka_init_creates_exactly_the_code_s_topics_and_dead_letter_topics() {
        Map<String, String> init = COMPOSE.environment("kafka-init");
        assertThat(words(init.get("PACTUM_TOPICS"))).isEqualTo(domainTopics());
        assertThat(words(init.get("PACTUM_DLQ_TOPICS"))).isEqualTo(deadLetterTopics());
        assertThat(init.get("KAFKA_BOOTSTRAP")).isEqualTo(ComposeFileTest.kafkaAdvertisedListener());
        assertThat(Integer.parseInt(init.get("PACTUM_TOPIC_PARTITIONS"))).isPositive();
        // the broker creates nothing by itself: a topic missing here would fail the producer
        assertThat(COMPOSE.environment("kafka").get("KAFKA_AUTO_CREATE_TOPICS_ENABLE")).isEqualTo("false");
    }

    @Test
    void strimzi_manages_exactly_the_code_s_topics_replicated_three_times_with_two_in_sync() {
        List<KafkaTopic> topics = Manifests.base().ofKind(KafkaTopic.class);
        Map<String, KafkaTopic> byName = topics.stream().collect(Collectors.toMap(KafkaTopicsTest::topicName, t -> t));
        Set<String> expected = new TreeSet<>(domainTopics());
        expected.addAll(deadLetterTopics());
        assertThat(byName.keySet()).isEqualTo(expected);
        for (KafkaTopic topic : topics) {
            assertThat(topic.getSpec().getReplicas()).as(topicName(topic)).isEqualTo(3);
            assertThat(String.valueOf(topic.getSpec().getConfig().get("min.insync.replicas"))).as(topicName(topic)).isEqualTo("2");
            assertThat(topic.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", Manifests.KAFKA_CLUSTER);
        }
        for (String domain : domainTopics()) {
            assertThat(String.valueOf(byName.get(domain).getSpec().getConfig().get("retention.ms")))
                    .as(domain + " is kept for replays").isEqualTo("-1");
        }
    }

    static String topicName(KafkaTopic topic) {
        return topic.getSpec().getTopicName() != null ? topic.getSpec().getTopicName() : topic.getMetadata().getName();
    }

    static int partitions(String topic) {
        return Manifests.base().ofKind(KafkaTopic.class).stream().filter(t -> topicName(t).equals(topic))
                .findFirst().orElseThrow().getSpec().getPartitions();
    }

    private static Set<String> words(String text) {
        return new TreeSet<>(Arrays.asList(text.strip().split("\\s+")));
    }
}
