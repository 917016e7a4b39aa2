package io.pactum.notification.messaging;

import io.pactum.chassis.messaging.InboundEvents;
import io.pactum.notification.application.Notifying;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The events people hear about: {@code pactum.contracts} (binding {@code contractEvents-in-0}),
 * {@code pactum.budgets} ({@code budgetEvents-in-0}) and {@code pactum.competencies} ({@code competencyEvents-in-0}).
 */
@Configuration
class NotificationEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> contractEvents(InboundEvents inbound, Notifying notifying) {
        return inbound.consumer(notifying::handle);
    }

    @Bean
    Consumer<Message<byte[]>> budgetEvents(InboundEvents inbound, Notifying notifying) {
        return inbound.consumer(notifying::handle);
    }

    @Bean
    Consumer<Message<byte[]>> competencyEvents(InboundEvents inbound, Notifying notifying) {
        return inbound.consumer(notifying::handle);
    }
}
