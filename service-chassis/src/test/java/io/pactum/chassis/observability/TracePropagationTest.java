package io.pactum.chassis.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pactum.chassis.sample.SampleApplication;
import io.pactum.chassis.security.Role;
import io.pactum.chassis.testing.TestInfrastructure;
import io.pactum.chassis.testing.TestTokens;
import io.pactum.chassis.testing.TestTopics;
import io.pactum.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The W3C trace context of a request travels with the events it causes: into the Kafka record's
 * {@code traceparent} header, and into the JSON log line of the consumer that handles the event,
 * next to the event id.
 */
@SpringBootTest(classes = SampleApplication.class, properties = {
        "spring.config.name=chassis-sample", "spring.application.name=chassis-trace-test",
        "logging.config=classpath:logback-json-test.xml"})
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class TracePropagationTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void the_trace_id_of_a_request_reaches_the_kafka_header_and_the_consumers_json_log(CapturedOutput output) throws Exception {
        String recipient = "trace-" + System.nanoTime();
        mvc.perform(post("/api/parcels").with(TestTokens.as(recipient, Role.EMPLOYEE, "ENG"))
                        .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"recipient\":\"" + recipient + "\",\"priority\":1}"))
                .andExpect(status().isCreated());

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var record = TestTopics.records(Topics.NOTIFICATIONS).stream()
                    .filter(r -> recipient.equals(r.key())).findFirst().orElseThrow();
            String traceparent = new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8);
            assertThat(traceparent).startsWith("00-" + TRACE_ID + "-");
            String eventId = new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8);

            String handledLine = output.getOut().lines()
                    .filter(line -> line.startsWith("{") && line.contains("\"eventId\":\"" + eventId + "\""))
                    .findFirst().orElseThrow();
            assertThat(handledLine).contains("\"traceId\":\"" + TRACE_ID + "\"")
                    .contains("\"eventType\":\"pactum.notification.sent.v1\"");
        });
    }
}
