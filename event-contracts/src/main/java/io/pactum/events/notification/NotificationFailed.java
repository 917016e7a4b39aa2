package io.pactum.events.notification;

import io.pactum.events.EventType;

/** A notification could not be delivered after the last attempt. */
@EventType("pactum.notification.failed.v1")
public record NotificationFailed(
        String notificationId,
        String employeeId,
        String category,
        String channel,
        String reason) implements NotificationEvent {}
