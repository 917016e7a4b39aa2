package io.pactum.contract.domain;

import io.pactum.events.Money;

/**
 * What budget-service answered to a signed revision.
 *
 * @param reason     budget-service's stable code when declined (e.g. INSUFFICIENT_FUNDS)
 * @param message    the reason in words, for people
 * @param available  what was available when declined
 * @param requested  the revision's planned cost
 * @param threshold  the approval threshold the cost is above, when pending approval
 * @param approvalId the pending approval an L&D admin decides on
 */
public record FundingDecision(Outcome outcome, int revision, String reason, String message, Money available,
                              Money requested, Money threshold, String approvalId) {

    public enum Outcome {
        RESERVED, PENDING_APPROVAL, DECLINED
    }
}
