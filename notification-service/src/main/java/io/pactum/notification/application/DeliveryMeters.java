package io.pactum.notification.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.pactum.notification.domain.Channel;
import org.springframework.stereotype.Component;

/**
 * {@code pactum.reminders.sent} and {@code pactum.reminders.failed} by {@code channel} (the operations
 * dashboard's panels): every delivery counts, event-caused or scheduled.
 */
@Component
public class DeliveryMeters {

    private final MeterRegistry registry;

    public DeliveryMeters(MeterRegistry registry) {
        this.registry = registry;
        for (Channel channel : Channel.values()) {
            counter("pactum.reminders.sent", channel);
            counter("pactum.reminders.failed", channel);
        }
    }

    public void sent(Channel channel) {
        counter("pactum.reminders.sent", channel).increment();
    }

    public void failed(Channel channel) {
        counter("pactum.reminders.failed", channel).increment();
    }

    private Counter counter(String name, Channel channel) {
        return Counter.builder(name).tag("channel", channel.name()).register(registry);
    }
}
