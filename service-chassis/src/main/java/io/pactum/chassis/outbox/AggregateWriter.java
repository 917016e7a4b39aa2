package io.pactum.chassis.outbox;

import io.pactum.chassis.messaging.AppliedEvents;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mapping.PropertyHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Writes an aggregate's new state and the events it caused as ONE conditional single-document update:
 * the state fields are set, the events appended to {@link Outbox#FIELD} (never replacing what the relay
 * has not yet published, nor bringing back what it already removed), the version incremented and, for
 * a change caused by an inbound event, that event's id recorded. The update only applies when the
 * stored version is the expected one and the event id is not yet recorded.
 */
public class AggregateWriter {

    public static final String VERSION = "version";
    private static final Set<String> NOT_STATE = Set.of("_id", "_class", VERSION, Outbox.FIELD, AppliedEvents.FIELD);

    private final MongoTemplate mongo;
    private final Runnable afterWrite;

    /**
     * @param afterWrite called after each successful write, to wake the relay so the events go out now
     *                   rather than at its next poll
     */
    public AggregateWriter(MongoTemplate mongo, Runnable afterWrite) {
        this.mongo = mongo;
        this.afterWrite = afterWrite;
    }

    /** Inserts a new aggregate document, which already holds its first pending events. */
    public void insert(Object document, String collection) {
        mongo.insert(document, collection);
        afterWrite.run();
    }

    /**
     * @param state           the aggregate's document with its new state (its version, pending events and
     *                        applied event ids are ignored)
     * @param appliedEventId  the inbound event that caused the change, or null for a command
     * @return false when the document changed meanwhile (another version) or the event was already applied
     */
    public boolean update(String collection, Object id, long expectedVersion, Object state,
                          List<PendingEvent> events, @Nullable String appliedEventId) {
        Document fields = new Document();
        mongo.getConverter().write(state, fields);
        Update update = new Update();
        for (var field : fields.entrySet()) {
            if (!NOT_STATE.contains(field.getKey())) {
                update.set(field.getKey(), field.getValue());
            }
        }
        // the converter leaves null properties out: a field that became null is removed, not kept as it was
        mongo.getConverter().getMappingContext().getRequiredPersistentEntity(state.getClass()).doWithProperties(
                (PropertyHandler<MongoPersistentProperty>) property -> {
                    if (!fields.containsKey(property.getFieldName()) && !NOT_STATE.contains(property.getFieldName())) {
                        update.unset(property.getFieldName());
                    }
                });
        update.inc(VERSION, 1);
        if (!events.isEmpty()) {
            update.push(Outbox.FIELD).each(events.toArray());
        }
        Criteria criteria = Criteria.where("_id").is(id).and(VERSION).is(expectedVersion);
        if (appliedEventId != null) {
            criteria = criteria.andOperator(AppliedEvents.notYetApplied(appliedEventId));
            AppliedEvents.recordApplied(update, appliedEventId);
        }
        boolean written = mongo.updateFirst(Query.query(criteria), update, collection).getModifiedCount() == 1;
        if (written && !events.isEmpty()) {
            afterWrite.run();
        }
        return written;
    }
}
