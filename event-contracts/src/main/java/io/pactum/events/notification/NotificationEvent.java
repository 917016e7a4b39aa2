package io.pactum.events.notification;

import io.pactum.events.PactumEvent;
import io.pactum.events.Topic;
import io.pactum.events.Topics;

/** Events about deliveries (notification-service), published on {@link Topics#NOTIFICATIONS}. */
@Topic(Topics.NOTIFICATIONS)
public sealed interface NotificationEvent extends PactumEvent
        permits NotificationSent,
                NotificationFailed {
}
