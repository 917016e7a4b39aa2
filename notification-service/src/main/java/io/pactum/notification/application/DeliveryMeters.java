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
        for (Channel channel : Channel.values()) { // every channel shows on the dashboard from the start, at 0
            sentCounter(channel);
            failedCounter(channel);
        }
    }

    public void sent(Channel channel) {
        sentCounter(channel).increment();
    }

    public void failed(Channel channel) {
        failedCounter(channel).increment();
    }

    // the names stay literal in Counter.builder(...): deploy-verification reads them from here for the dashboards
    private Counter sentCounter(Channel channel) {
        return Counter.builder("pactum.reminders.sent").tag("channel", channel.name()).register(registry);
    }

    private Counter failedCounter(Channel channel) {
        return Counter.builder("pactum.reminders.failed").tag("channel", channel.name()).register(registry);
    }
}
