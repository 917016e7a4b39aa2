package io.pactum.competency.messaging;

import io.pactum.chassis.messaging.InboundEvents;
import io.pactum.competency.application.ContractAssessments;
import io.pactum.competency.application.ContractTemplates;
import io.pactum.events.contract.ContractCompleted;
import io.pactum.events.contract.ContractTemplatePublished;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * contract-service's events from {@code pactum.contracts}: ContractCompleted raises competency levels,
 * ContractTemplatePublished adds a template gap analysis may suggest; the other contract events are ignored.
 */
@Configuration
class ContractEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> contractEvents(InboundEvents inbound, ContractAssessments assessments,
                                             ContractTemplates templates) {
        return inbound.consumer(event -> {
            switch (event.data()) {
                case ContractCompleted completed -> assessments.handle(event);
                case ContractTemplatePublished published -> templates.handle(event);
                default -> {
                }
            }
        });
    }
}
