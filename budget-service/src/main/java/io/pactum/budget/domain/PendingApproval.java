package io.pactum.budget.domain;

import java.time.Instant;

/**
 * A signed contract above the policy's approval threshold, waiting for an L&D admin. Nothing is held
 * for it yet: approving it reserves the cost then (budget issue).
 */
public record PendingApproval(String approvalId, String contractId, int revision, long amountMinor, String eventId,
                              Instant requestedAt) {

    public static String idOf(String contractId, int revision) {
        return contractId + ":" + revision;
    }
}
