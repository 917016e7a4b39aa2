package io.pactum.notification.messaging;

import io.pactum.notification.application.ChannelSender;
import io.pactum.notification.domain.Channel;
import io.pactum.notification.domain.Delivery;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Posts {@code {"text": "..."}} — the shape Slack and Microsoft Teams incoming webhooks both accept — to the user's https URL. */
@Component
class WebhookSender implements ChannelSender {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final JsonMapper json;

    WebhookSender(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public void send(Delivery delivery) throws Exception {
        String body = json.writeValueAsString(Map.of("text", "*" + delivery.subject() + "*\n" + delivery.text()));
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(delivery.address())).timeout(TIMEOUT)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("webhook answered " + response.statusCode());
        }
    }
}
