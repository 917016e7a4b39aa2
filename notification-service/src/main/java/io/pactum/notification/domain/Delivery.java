package io.pactum.notification.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * One notice to one recipient over one channel, rendered in their language. Its id is derived from
 * (cause, recipient, channel), so the same cause never delivers twice to the same person and channel.
 *
 * @param address         email address or webhook URL; null for the inbox
 * @param unsubscribeUrl  the signed unsubscribe link (email only), or null
 */
public record Delivery(String id, String cause, Category category, Channel channel, String recipientId,
                       String employeeId, String address, String subject, String text, String html,
                       String unsubscribeUrl, Instant createdAt, Instant notBefore) {

    public static String idFor(String cause, String recipientId, Channel channel) {
        return UUID.nameUUIDFromBytes((cause + "|" + recipientId + "|" + channel).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
