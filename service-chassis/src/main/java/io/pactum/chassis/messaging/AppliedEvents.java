package io.pactum.chassis.messaging;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Idempotent consumption without transactions: the id of each applied event is added to the
 * {@link #FIELD} array of the document it changed, in the same single-document update as the effect,
 * and the update only matches a document that does not list the id yet. A redelivered event matches
 * nothing and changes nothing.
 * <pre>{@code
 * Query q = query(where("_id").is(accountId).andOperator(AppliedEvents.notYetApplied(event.id())));
 * Update u = AppliedEvents.recordApplied(new Update().inc("reserved", cost), event.id());
 * }</pre>
 */
public final class AppliedEvents {

    public static final String FIELD = "appliedEventIds";

    private AppliedEvents() {
    }

    public static Criteria notYetApplied(String eventId) {
        return Criteria.where(FIELD).ne(eventId);
    }

    public static Update recordApplied(Update update, String eventId) {
        return update.push(FIELD, eventId);
    }
}
