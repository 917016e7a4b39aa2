package io.pactum.contract.domain;

import java.time.Instant;

/** Why, by whom and when a contract was cancelled. */
public record Cancellation(String reason, String cancelledBy, Instant cancelledAt) {
}
