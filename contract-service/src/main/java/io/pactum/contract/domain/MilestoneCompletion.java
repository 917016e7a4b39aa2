package io.pactum.contract.domain;

import java.time.Instant;

/** A milestone done, with the evidence a party gave for it (text, and a link when there is one). */
public record MilestoneCompletion(String milestoneId, String evidence, String link, String completedBy,
                                  Instant completedAt, int revision) {
}
