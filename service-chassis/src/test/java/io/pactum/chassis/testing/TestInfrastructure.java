package io.pactum.chassis.testing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.UUID;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Real parts for integration tests, started once per test JVM and shared: an in-process Apache Kafka
 * broker (KRaft) and the MongoDB-wire store (mongo-java-server, in memory). Each test class gets a
 * database of its own.
 * <pre>{@code
 * @DynamicPropertySource
 * static void infrastructure(DynamicPropertyRegistry registry) { TestInfrastructure.register(registry); }
 * }</pre>
 */
public final class TestInfrastructure {

    private static EmbeddedKafkaKraftBroker kafka;
    private static MongoServer mongo;
    private static String mongoAddress;

    private TestInfrastructure() {
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
            broker.brokerProperty("group.coordinator.rebalance.protocols", "classic,consumer");
            broker.brokerProperty("auto.create.topics.enable", "true");
            broker.afterPropertiesSet();
            kafka = broker;
            Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "test-kafka-stop"));
        }
        return kafka.getBrokersAsString();
    }

    public static synchronized String mongoAddress() {
        if (mongo == null) {
            MongoServer server = new MongoServer(new MemoryBackend());
            InetSocketAddress address = server.bind();
            mongo = server;
            mongoAddress = "mongodb://127.0.0.1:" + address.getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "test-mongo-stop"));
        }
        return mongoAddress;
    }

    /** Points the service under test at the shared broker and a fresh database. */
    public static void register(DynamicPropertyRegistry registry) {
        register(registry, "test-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** Points the service under test at the shared broker and the named database (to share it across contexts). */
    public static void register(DynamicPropertyRegistry registry, String database) {
        String bootstrap = kafkaBootstrapServers();
        String mongoUri = mongoAddress() + "/" + database;
        registry.add("pactum.kafka.bootstrap-servers", () -> bootstrap);
        registry.add("spring.mongodb.uri", () -> mongoUri);
        registry.add("pactum.outbox.poll-interval", () -> "100ms");
        registry.add("logging.structured.format.console", () -> "");
    }
}
