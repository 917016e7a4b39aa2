package io.pactum.budget.messaging;

import io.pactum.budget.application.ContractEndings;
import io.pactum.budget.application.Reservations;
import io.pactum.chassis.messaging.InboundEvents;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Signed and ended contracts from {@code pactum.contracts} (binding {@code contractEvents-in-0}). */
@Configuration
class ContractEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> contractEvents(InboundEvents inbound, Reservations reservations, ContractEndings endings) {
        return inbound.consumer(event -> {
            if (!endings.handle(event)) {
                reservations.handle(event);
            }
        });
    }
}
