package io.pactum.notification.application;

import io.pactum.events.notification.NotificationEvent;
import io.pactum.notification.domain.Category;
import io.pactum.notification.domain.Delivery;
import io.pactum.notification.domain.DigestItem;
import io.pactum.notification.domain.DeliveryStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where deliveries live. Each change is one single-document write; the events it causes
 * (NotificationSent, NotificationFailed) ride in the same write and the outbox relay publishes them.
 */
public interface Deliveries {

    /**
     * Stores a new delivery (PENDING, or SENT at once with its event for the inbox).
     *
     * @return false when a delivery with the same id (cause, recipient, channel) exists already
     */
    boolean add(Delivery delivery, DeliveryStatus status, NotificationEvent event);

    /**
     * Adds an item to the recipient's daily digest for {@code slot}: one document per recipient and slot, created by its
     * first item; an item already in it is not added twice, and once that digest is going out the item goes to the next day's.
     */
    void addToDigest(String recipientId, String address, Category category, Instant slot, DigestItem item, Instant now);

    /** Claims the next due PENDING delivery (or one whose claim has expired) for {@code lease}; one instance wins. */
    Optional<Claimed> claimDue(Instant now, Instant leaseUntil);

    /** Sent: SENT with its event, if the claim is still ours. */
    boolean sent(Claimed claim, Instant at, NotificationEvent event);

    /** A failed dispatch: back to PENDING until {@code next}, counting the attempt. */
    boolean retryLater(Claimed claim, Instant next, String error);

    /** Not attempted (the channel's breaker is open): back to PENDING until {@code next}, no attempt counted. */
    boolean release(Claimed claim, Instant next);

    /** Given up: FAILED with its event. */
    boolean failed(Claimed claim, String error, NotificationEvent event);

    /**
     * An admin asks for a FAILED delivery to be tried again from scratch: the delivery as this write left it (a
     * dispatcher may claim it the moment after), or empty when it had not failed.
     */
    Optional<DeliveryView> retryFailed(String id, Instant now);

    List<DeliveryView> withStatus(DeliveryStatus status, int limit);

    Optional<DeliveryView> find(String id);

    List<DeliveryView> inbox(String userId, int limit);

    long unread(String userId);

    /** Marks one of the user's inbox items read; false when it is not theirs or does not exist. */
    boolean markRead(String userId, String id, Instant at);

    /** A claimed delivery: what to send, and the claim that proves it is ours. */
    record Claimed(Delivery delivery, String claimId, int failedDispatches) {
    }

    /** A delivery as the API shows it. */
    record DeliveryView(String id, String cause, String category, String channel, String recipientId, String subject,
                        String text, String status, int failedDispatches, String lastError, Instant createdAt,
                        Instant sentAt, Instant readAt) {
    }
}
