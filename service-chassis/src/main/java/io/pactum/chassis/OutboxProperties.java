package io.pactum.chassis;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code pactum.outbox.*}: which collections hold aggregates with pending events, and how the relay polls.
 *
 * @param collections   Mongo collections whose documents carry a {@code pendingEvents} array
 * @param relayEnabled  whether this instance runs the relay
 * @param pollInterval  how often the relay looks for pending events (it is also woken after each save)
 * @param batchSize     documents per collection per pass
 * @param sendTimeout   how long to wait for the broker's acknowledgement of one event
 */
@ConfigurationProperties("pactum.outbox")
public record OutboxProperties(
        @DefaultValue List<String> collections,
        @DefaultValue("true") boolean relayEnabled,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("100") int batchSize,
        @DefaultValue("10s") Duration sendTimeout) {
}
