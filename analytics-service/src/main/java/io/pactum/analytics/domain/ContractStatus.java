package io.pactum.analytics.domain;

/**
 * A contract's status as analytics learns it from events. DRAFT is missing on purpose: a draft publishes no
 * event, so analytics knows a contract from its proposal on.
 */
public enum ContractStatus {
    PROPOSED,
    SIGNED,
    FUNDING_PENDING_APPROVAL,
    FUNDING_DECLINED,
    ACTIVE,
    COMPLETED,
    FAILED,
    CANCELLED;

    public boolean ended() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }
}
