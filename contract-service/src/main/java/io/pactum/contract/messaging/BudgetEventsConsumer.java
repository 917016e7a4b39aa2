package io.pactum.contract.messaging;

import io.pactum.chassis.messaging.InboundEvents;
import io.pactum.contract.application.FundingOutcomes;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** budget-service's answers to signed contracts, from {@code pactum.budgets}. */
@Configuration
class BudgetEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> budgetEvents(InboundEvents inbound, FundingOutcomes outcomes) {
        return inbound.consumer(outcomes::handle);
    }
}
