package io.pactum.analytics;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pactum.analytics.application.FactKind;
import io.pactum.analytics.application.Generations;
import io.pactum.analytics.application.ReadModelStore;
import io.pactum.chassis.testing.TestInfrastructure;
import io.pactum.chassis.testing.TestTopics;
import io.pactum.events.Money;
import io.pactum.events.PactumEvent;
import io.pactum.events.budget.BudgetAllocated;
import io.pactum.events.competency.CompetencyLevelChanged;
import io.pactum.events.contract.ContractProposed;
import io.pactum.events.workforce.EmployeeUpserted;
import io.pactum.events.CloudEventMapping;
import io.pactum.events.EventCatalog;
import io.pactum.events.EventDescriptor;
import io.pactum.events.EventJson;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.cfg.JsonNodeFeature;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole service against the real in-process Kafka broker and MongoDB-wire store. Every test class extending
 * this shares one application context (one consumer group, one database), so each works in business units of
 * its own and never assumes an empty store.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class AnalyticsServiceTest {

    /** Decimals as sent (4.00 stays 4.00). */
    protected static final JsonMapper JSON = JsonMapper.builder().enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
    /** Markers are dated long before any test's events, so they never move the latest event time. */
    private static final OffsetDateTime MARKER_TIME = OffsetDateTime.parse("2000-01-01T00:00:00Z");
    private static KafkaProducer<String, byte[]> producer;
    protected static final Duration DEADLINE = Duration.ofSeconds(90);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected MongoTemplate mongo;
    @Autowired
    protected ReadModelStore store;
    @Autowired
    protected Generations generations;

    /** An event as published: to publish it again with the same id (a redelivery). */
    protected record Published(String id, PactumEvent event, OffsetDateTime time) {
    }

    protected final List<Published> published = new ArrayList<>();

    protected String publish(String instant, PactumEvent event) {
        String id = UUID.randomUUID().toString();
        OffsetDateTime time = OffsetDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC);
        send(id, event, time);
        published.add(new Published(id, event, time));
        return id;
    }

    protected void redeliverEverything() {
        for (Published p : List.copyOf(published)) {
            send(p.id(), p.event(), p.time());
        }
    }

    /** Publishes a CloudEvent as the services do (as TestTopics.publish, with one producer for all). */
    protected static synchronized void send(String id, PactumEvent event, OffsetDateTime time) {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    TestInfrastructure.kafkaBootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                    new StringSerializer(), new ByteArraySerializer());
        }
        EventDescriptor descriptor = EventCatalog.of(event);
        var cloudEvent = CloudEventMapping.toCloudEvent(id, descriptor.type(), TestTopics.TEST_SOURCE, event.employeeId(),
                time, EventJson.write(event));
        try {
            producer.send(CloudEventMapping.toRecord(descriptor.topic(), cloudEvent)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until every topic was consumed up to now: a marker event on each (one partition each, read in order)
     * must have reached the read models.
     */
    protected void awaitConsumed() {
        String marker = "marker-" + UUID.randomUUID().toString().substring(0, 8);
        send(UUID.randomUUID().toString(), new ContractProposed(marker, marker, "nobody", 1, marker, "MARKERS", 2000,
                new Money(0, "EUR")), MARKER_TIME);
        send(UUID.randomUUID().toString(), new BudgetAllocated(marker, 2000, "MARKERS", new Money(0, "EUR"), "test"), MARKER_TIME);
        send(UUID.randomUUID().toString(), new CompetencyLevelChanged(marker, "marking", 0, 1, "SELF", marker), MARKER_TIME);
        send(UUID.randomUUID().toString(), new EmployeeUpserted(marker, "Marker", marker + "@pactum.example", "en-GB", "UTC",
                "MARKERS", "Marker", null, true), MARKER_TIME);
        await().atMost(DEADLINE).until(() -> {
            int generation = generations.active();
            return store.find(generation, FactKind.CONTRACT, marker).isPresent()
                    && store.find(generation, FactKind.ACCOUNT, marker + ":2000").isPresent()
                    && store.find(generation, FactKind.EMPLOYEE, marker)
                    .filter(e -> e.facts().businessUnit() != null && !e.facts().levels().isEmpty()).isPresent();
        });
    }

    protected JsonNode json(String url, RequestPostProcessor caller) throws Exception {
        String body = mvc.perform(get(url).with(caller)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(body);
    }

    protected String text(String url, RequestPostProcessor caller) throws Exception {
        return mvc.perform(get(url).with(caller)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
