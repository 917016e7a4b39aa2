package io.pactum.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactum.events.Topics;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
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
        // the read models are built from every event (and so rebuilt by replaying every topic)
        assertThat(ServiceCode.consumedTopics("analytics-service")).isEqualTo(domainTopics());
    }

    @Test
    void the_dead_letter_topics_follow_from_every_binding_including_those_with_a_group_of_their_own() {
        // analytics-service reads pactum.workforce twice, once in a group of its own: both dead-letter to one topic
        assertThat(ServiceCode.consumerGroups("analytics-service")).contains("analytics-service", "analytics-service-people");
        assertThat(ServiceCode.deadLetterTopics("analytics-service")).hasSize(domainTopics().size())
                .contains("pactum.workforce.analytics-service.dlq", "pactum.notifications.analytics-service.dlq");
        assertThat(ServiceCode.deadLetterTopics("competency-service")).contains("pactum.contracts.competency-service.dlq");
    }

    @Test
    void the_runbook_names_every_consumer_group_it_may_have_to_move() {
        String readme = Repo.read("deploy/README.md");
        for (String service : Repo.services()) {
            for (String group : ServiceCode.consumerGroups(service)) {
                assertThat(readme).as("deploy/README.md names the consumer group " + group).contains("`" + group + "`");
            }
        }
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
        int deadLetterPartitions = ServiceCode.environment("contract-service", Map.of())
                .getRequiredProperty("spring.cloud.stream.kafka.default.consumer.dlq-partitions", Integer.class);
        for (String deadLetters : deadLetterTopics()) {
            assertThat(byName.get(deadLetters).getSpec().getPartitions()).as(deadLetters).isEqualTo(deadLetterPartitions);
            assertThat(String.valueOf(byName.get(deadLetters).getSpec().getConfig().get("retention.ms")))
                    .as(deadLetters + " is kept 90 days").isEqualTo(String.valueOf(Duration.ofDays(90).toMillis()));
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
