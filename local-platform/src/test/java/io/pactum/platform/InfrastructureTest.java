package io.pactum.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The platform's embedded parts are real and keep their data across restarts. */
class InfrastructureTest {

    @TempDir
    Path data;

    @Test
    void the_kafka_broker_delivers_records_and_keeps_them_across_a_restart() throws Exception {
        int port = FreePorts.next();
        int controller = FreePorts.next();
        try (KafkaBroker broker = KafkaBroker.start(data.resolve("kafka"), port, controller)) {
            try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    "localhost:" + port, ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("pactum.test", "erin", "signed")).get();
            }
            assertThat(readAll(port, "first")).extracting(ConsumerRecord::value).containsExactly("signed");
        }
        try (KafkaBroker restarted = KafkaBroker.start(data.resolve("kafka"), port, controller)) {
            assertThat(readAll(port, "second")).extracting(ConsumerRecord::key).containsExactly("erin");
        }
    }

    @Test
    void the_mongodb_wire_store_keeps_documents_in_its_h2_file_across_a_restart() {
        int port = FreePorts.next();
        try (MongoStore store = MongoStore.start(data.resolve("mongo"), port);
             MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
            client.getDatabase("pactum-test").getCollection("contracts")
                    .insertOne(new Document("_id", "c1").append("status", "ACTIVE"));
        }
        try (MongoStore store = MongoStore.start(data.resolve("mongo"), port);
             MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
            Document stored = client.getDatabase("pactum-test").getCollection("contracts").find().first();
            assertThat(stored).isNotNull();
            assertThat(stored.getString("status")).isEqualTo("ACTIVE");
            assertThat(client.getDatabase("pactum-test").runCommand(new Document("ping", 1)).get("ok"))
                    .isIn(1, 1.0);
        }
    }

    @Test
    void a_taken_port_is_named_with_what_needs_it() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> Ports.requireFree(Map.of(port, "the Kafka broker")))
                    .isInstanceOf(Ports.PortTakenException.class)
                    .hasMessageContaining("Port " + port + " is already in use")
                    .hasMessageContaining("the Kafka broker")
                    .hasMessageContaining("--port-offset");
        }
    }

    @Test
    void options_shift_every_port_by_the_offset_and_refuse_what_they_do_not_know() {
        PlatformOptions options = PlatformOptions.parse(new String[] {"--demo", "--port-offset", "20000", "--data-dir", data.toString()});
        assertThat(options.demo()).isTrue();
        assertThat(options.kafkaPort()).isEqualTo(29092);
        assertThat(options.mongoPort()).isEqualTo(47017);
        assertThat(options.issuer()).isEqualTo("http://localhost:29000");
        assertThat(options.servicePort("budget-service")).isEqualTo(28082);
        assertThat(options.dataDir()).isEqualTo(data);
        assertThat(Ports.needed(options)).hasSize(11);
        assertThatThrownBy(() -> PlatformOptions.parse(new String[] {"--turbo"}))
                .isInstanceOf(PlatformOptions.UsageException.class).hasMessageContaining("--turbo");
        assertThatThrownBy(() -> PlatformOptions.parse(new String[] {"--services", "contract-service,billing"}))
                .isInstanceOf(PlatformOptions.UsageException.class).hasMessageContaining("billing");
    }

    private static List<ConsumerRecord<String, String>> readAll(int port, String group) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + port,
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("pactum.test"));
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }
    }
}
