package io.pactum.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real Apache Kafka broker in KRaft combined mode (broker and controller in one), in this process.
 * Its log directories live under the data dir and are formatted once; restarts keep every topic.
 */
final class KafkaBroker implements AutoCloseable {

    private final KafkaRaftServer server;

    private KafkaBroker(KafkaRaftServer server) {
        this.server = server;
    }

    static KafkaBroker start(Path dir, int port, int controllerPort) {
        try {
            Path logs = dir.resolve("logs");
            Files.createDirectories(logs);
            Properties config = new Properties();
            config.put("process.roles", "broker,controller");
            config.put("node.id", "1");
            config.put("controller.quorum.voters", "1@localhost:" + controllerPort);
            config.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
            config.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
            config.put("controller.listener.names", "CONTROLLER");
            config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
            config.put("inter.broker.listener.name", "PLAINTEXT");
            config.put("log.dirs", logs.toString());
            config.put("num.partitions", "1");
            config.put("auto.create.topics.enable", "true");
            // a single node: every internal topic with one replica
            config.put("offsets.topic.replication.factor", "1");
            config.put("offsets.topic.num.partitions", "4");
            config.put("transaction.state.log.replication.factor", "1");
            config.put("transaction.state.log.min.isr", "1");
            config.put("share.coordinator.state.topic.replication.factor", "1");
            config.put("share.coordinator.state.topic.min.isr", "1");
            config.put("group.initial.rebalance.delay.ms", "0");
            config.put("group.coordinator.rebalance.protocols", "classic,consumer");
            config.put("log.retention.hours", "-1");
            Path properties = dir.resolve("server.properties");
            try (Writer writer = Files.newBufferedWriter(properties)) {
                config.store(writer, "Pactum local platform: single-node KRaft broker");
            }
            if (!Files.exists(logs.resolve("meta.properties"))) {
                format(properties);
            }
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
            server.startup();
            return new KafkaBroker(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void format(Path properties) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(),
                "-c", properties.toString()}, new PrintStream(output, true, StandardCharsets.UTF_8));
        if (status != 0) {
            throw new IllegalStateException("formatting Kafka storage failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
