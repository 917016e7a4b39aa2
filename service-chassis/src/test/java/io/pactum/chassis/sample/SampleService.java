package io.pactum.chassis.sample;

import io.pactum.chassis.testing.TestInfrastructure;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the sample service as a real application (random HTTP port) against the shared test broker and store. */
public final class SampleService {

    private SampleService() {
    }

    public static ConfigurableApplicationContext start(String database, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.config.name", "chassis-sample");
        properties.put("server.port", 0);
        properties.put("pactum.kafka.bootstrap-servers", TestInfrastructure.kafkaBootstrapServers());
        properties.put("spring.mongodb.uri", TestInfrastructure.mongoAddress() + "/" + database);
        properties.put("pactum.outbox.poll-interval", "100ms");
        properties.put("logging.structured.format.console", "");
        properties.putAll(extra);
        String[] arguments = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(SampleApplication.class).run(arguments);
    }
}
