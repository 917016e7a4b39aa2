package io.pactum.budget.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.pactum.budget.domain.FundingDecision;
import org.springframework.stereotype.Component;

/**
 * Counts the answers budget-service publishes to signed contracts, as {@code pactum_budget_reservations_total}
 * with {@code outcome} reserved, declined or pending_approval (an approval decided later counts again, as
 * reserved or declined). A redelivery that changes nothing is not counted.
 */
@Component
class FundingOutcomes {

    private final MeterRegistry registry;

    FundingOutcomes(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(FundingDecision decision) {
        switch (decision) {
            case FundingDecision.Reserve reserve -> count("reserved");
            case FundingDecision.Decline decline -> count("declined");
            case FundingDecision.AwaitApproval await -> count("pending_approval");
            case FundingDecision.AlreadyAnswered nothing -> {
            }
        }
    }

    void count(String outcome) {
        Counter.builder("pactum.budget.reservations").description("Answers to signed contracts, by outcome")
                .tag("outcome", outcome).register(registry).increment();
    }
}
