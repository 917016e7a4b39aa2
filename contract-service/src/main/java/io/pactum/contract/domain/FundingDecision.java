package io.pactum.contract.domain;

import io.pactum.events.Money;

/** What budget-service answered to the signed revision. */
public record FundingDecision(Outcome outcome, int revision, String reason, String message, Money available, Money requested) {

    public enum Outcome {
        RESERVED, PENDING_APPROVAL, DECLINED
    }
}
