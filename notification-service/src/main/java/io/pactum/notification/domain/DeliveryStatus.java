package io.pactum.notification.domain;

/**
 * COLLECTING: a daily digest gathering items until its time; PENDING: waiting for its time; SENDING: claimed by one
 * instance; SENT; FAILED: given up, an admin may retry it.
 */
public enum DeliveryStatus {
    COLLECTING,
    /** An email that goes out inside its recipient's daily digest (kept so the cause is delivered once). */
    IN_DIGEST,
    PENDING,
    SENDING,
    SENT,
    FAILED
}
