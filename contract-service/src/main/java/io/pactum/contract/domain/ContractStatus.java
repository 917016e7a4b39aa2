package io.pactum.contract.domain;

/** Where a learning contract stands in its life. */
public enum ContractStatus {
    DRAFT, PROPOSED, SIGNED, ACTIVE, FUNDING_PENDING_APPROVAL, FUNDING_DECLINED, COMPLETED, FAILED, CANCELLED
}
