package io.pactum.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.pactum.notification.domain.Category;
import io.pactum.notification.domain.Channel;
import io.pactum.notification.domain.Delivery;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the webhook channel posts. (Preferences only accept https URLs; the sender itself is shown here against a
 * plain local HTTP server.)
 */
class WebhookSenderTest {

    final AtomicReference<String> received = new AtomicReference<>();
    final AtomicReference<String> contentType = new AtomicReference<>();
    HttpServer server;
    int answer = 200;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            received.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            contentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void it_posts_slack_and_teams_compatible_json_and_fails_on_an_error_answer() throws Exception {
        WebhookSender sender = new WebhookSender(JsonMapper.builder().build());
        Delivery delivery = new Delivery("d1", "e1", Category.MILESTONE, Channel.WEBHOOK, "erin", "erin",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/hook", "Milestone missed: \"Course\"",
                "Hello Erin,\n\nThe milestone was due.", null, null, Instant.now(), Instant.now());

        sender.send(delivery);
        assertThat(contentType.get()).isEqualTo("application/json");
        assertThat(JsonMapper.builder().build().readTree(received.get()).get("text").asString())
                .isEqualTo("*Milestone missed: \"Course\"*\nHello Erin,\n\nThe milestone was due.");

        answer = 500;
        assertThatThrownBy(() -> sender.send(delivery)).hasMessageContaining("500");
    }
}
