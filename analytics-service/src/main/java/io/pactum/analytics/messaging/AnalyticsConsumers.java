package io.pactum.analytics.messaging;

import io.pactum.analytics.application.EventPosition;
import io.pactum.analytics.application.Projections;
import io.pactum.chassis.messaging.InboundEvents;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * Every topic into the read models, one binding each (see application.yml): {@code contractEvents}
 * (pactum.contracts), {@code budgetEvents} (pactum.budgets), {@code competencyEvents} (pactum.competencies),
 * {@code peopleEvents} (pactum.workforce, in a group of its own beside the chassis's {@code workforceEvents}, which
 * keeps the directory the access rules use) and {@code notificationEvents} (pactum.notifications, only counted).
 * Each is a chassis consumer (CloudEvent decoding, dead letters); the record's position goes with the event, so
 * the buckets take each event's change once.
 */
@Configuration
class AnalyticsConsumers {

    @Bean
    Consumer<Message<byte[]>> contractEvents(InboundEvents inbound, Projections projections) {
        return into(inbound, projections);
    }

    @Bean
    Consumer<Message<byte[]>> budgetEvents(InboundEvents inbound, Projections projections) {
        return into(inbound, projections);
    }

    @Bean
    Consumer<Message<byte[]>> competencyEvents(InboundEvents inbound, Projections projections) {
        return into(inbound, projections);
    }

    @Bean
    Consumer<Message<byte[]>> peopleEvents(InboundEvents inbound, Projections projections) {
        return into(inbound, projections);
    }

    @Bean
    Consumer<Message<byte[]>> notificationEvents(InboundEvents inbound, Projections projections) {
        return into(inbound, projections);
    }

    private static Consumer<Message<byte[]>> into(InboundEvents inbound, Projections projections) {
        return message -> inbound.consumer(event -> projections.apply(event, positionOf(message.getHeaders()))).accept(message);
    }

    static EventPosition positionOf(MessageHeaders headers) {
        String topic = headers.get(KafkaHeaders.RECEIVED_TOPIC, String.class);
        Integer partition = headers.get(KafkaHeaders.RECEIVED_PARTITION, Integer.class);
        Long offset = headers.get(KafkaHeaders.OFFSET, Long.class);
        if (topic == null || partition == null || offset == null) {
            throw new IllegalStateException("a record without topic, partition or offset headers");
        }
        return new EventPosition(topic, partition, offset);
    }
}
