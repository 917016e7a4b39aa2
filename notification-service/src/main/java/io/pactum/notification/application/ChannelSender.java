package io.pactum.notification.application;

import io.pactum.notification.domain.Channel;
import io.pactum.notification.domain.Delivery;

/** Sends a delivery over one outside channel (email, webhook); throws when it did not go out. */
public interface ChannelSender {

    Channel channel();

    void send(Delivery delivery) throws Exception;
}
