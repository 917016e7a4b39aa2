package io.pactum.notification.domain;

/** What a notification is about; preferences and unsubscribe links are per category. */
public enum Category {
    /** A proposal or amendment awaits the recipient's signature. */
    SIGNATURE,
    /** A contract was signed or became active. */
    CONTRACT,
    /** Funding was declined or waits for an L&D admin's approval. */
    FUNDING,
    /** A competency level was reached. */
    COMPETENCY,
    /** A budget account reached a share of its allocation. */
    BUDGET,
    /** A milestone comes due or was missed, and its escalation. */
    MILESTONE,
    /** A check-in comes due by the contract's cadence, or did not happen. */
    CHECK_IN
}
