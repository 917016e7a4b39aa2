package io.pactum.notification.domain;

/** PENDING: waiting for its time; SENDING: claimed by one instance; SENT; FAILED: given up, an admin may retry it. */
public enum DeliveryStatus {
    PENDING,
    SENDING,
    SENT,
    FAILED
}
