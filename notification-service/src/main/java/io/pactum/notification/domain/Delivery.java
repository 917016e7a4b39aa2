package io.pactum.notification.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One notice to one recipient over one channel, rendered in their language. Its id is derived from
 * (cause, recipient, channel), so the same cause never delivers twice to the same person and channel.
 *
 * @param address         email address or webhook URL; null for the inbox
 * @param unsubscribeUrl  the signed unsubscribe link (email only), or null
 * @param items           for a daily digest, the notices it collects (else empty)
 */
public record Delivery(String id, String cause, Category category, Channel channel, String recipientId,
                       String employeeId, String address, String subject, String text, String html,
                       String unsubscribeUrl, Instant createdAt, Instant notBefore, List<DigestItem> items) {

    public Delivery {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public Delivery(String id, String cause, Category category, Channel channel, String recipientId, String employeeId,
                    String address, String subject, String text, String html, String unsubscribeUrl, Instant createdAt,
                    Instant notBefore) {
        this(id, cause, category, channel, recipientId, employeeId, address, subject, text, html, unsubscribeUrl, createdAt,
                notBefore, List.of());
    }

    /** A daily digest is composed from its items when it is sent. */
    public boolean isDigest() {
        return !items.isEmpty();
    }

    /**
     * The employee its NotificationSent/NotificationFailed event is about (the event's subject): the recipient, or for a
     * business unit's webhook the employee whose learning the notice is about.
     */
    public String eventEmployeeId() {
        return UnitWebhook.unitOf(recipientId) == null ? recipientId : employeeId;
    }

    public static String idFor(String cause, String recipientId, Channel channel) {
        return UUID.nameUUIDFromBytes((cause + "|" + recipientId + "|" + channel).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
