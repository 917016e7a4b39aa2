package io.pactum.contract.domain;

import java.time.Instant;

/**
 * One change of the contract: when, who (an employee id, or {@code budget-service} / {@code deadline-scan}
 * for what the platform did), what, and the revision current after it.
 */
public record AuditEntry(Instant at, String actor, Action action, int revision, String detail) {

    public enum Action {
        DRAFTED, PROPOSED, AMENDED, SIGNED, FUNDING_RESERVED, FUNDING_PENDING_APPROVAL, FUNDING_DECLINED,
        MILESTONE_COMPLETED, MILESTONE_MISSED, CHECK_IN_RECORDED, CHECK_IN_MISSED, ASSESSED, CANCELLED
    }
}
