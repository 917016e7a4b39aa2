package io.pactum.notification.domain;

/** How a notification reaches its recipient. */
public enum Channel {
    EMAIL,
    INBOX,
    WEBHOOK
}
