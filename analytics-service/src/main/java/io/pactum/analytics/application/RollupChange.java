package io.pactum.analytics.application;

import io.pactum.analytics.domain.Tally;

/**
 * The change one event made to the buckets through one fact document. It rides in that document (written in
 * the same write as the facts and the event id), then each bucket takes it with a condition on the source's
 * position, so a bucket takes it once even when it is made again after a crash or a retry.
 *
 * @param source the fact kind and partition the event came from, e.g. {@code contract@pactum_budgets_0}
 * @param offset the event's offset in that partition
 */
public record RollupChange(String eventId, String source, long offset, Tally delta) {
}
