package io.pactum.notification.domain;

import java.time.Instant;

/** One notice inside a daily digest email, already in the recipient's language. */
public record DigestItem(String cause, String category, String subject, String text, Instant at) {
}
