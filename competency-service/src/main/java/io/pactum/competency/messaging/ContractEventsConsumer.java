package io.pactum.competency.messaging;

import io.pactum.chassis.messaging.InboundEvents;
import io.pactum.competency.application.ContractAssessments;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** contract-service's events from {@code pactum.contracts}; ContractCompleted raises competency levels. */
@Configuration
class ContractEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> contractEvents(InboundEvents inbound, ContractAssessments assessments) {
        return inbound.consumer(assessments::handle);
    }
}
