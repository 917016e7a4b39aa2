package io.pactum.events.notification;

import io.pactum.events.EventType;

/** A notification was delivered to a recipient over a channel. */
@EventType("pactum.notification.sent.v1")
public record NotificationSent(
        String notificationId,
        String employeeId,
        String category,
        String channel) implements NotificationEvent {
}
