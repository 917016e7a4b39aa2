package io.pactum.notification.application;

/** Told when an item lands in someone's inbox (the live stream of the web layer listens). */
public interface InboxListener {

    void arrived(String userId, Deliveries.DeliveryView item);
}
