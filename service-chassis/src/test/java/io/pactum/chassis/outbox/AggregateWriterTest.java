package io.pactum.chassis.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import io.pactum.chassis.sample.SampleApplication;
import io.pactum.chassis.sample.SampleApplication.Parcel;
import io.pactum.chassis.testing.TestInfrastructure;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** One conditional single-document write for state, events and the applied event id, on the embedded store. */
class AggregateWriterTest {

    private final MongoTemplate mongo = new MongoTemplate(MongoClients.create(TestInfrastructure.mongoAddress()),
            "writer-" + UUID.randomUUID());
    private final java.util.concurrent.atomic.AtomicInteger wakeUps = new java.util.concurrent.atomic.AtomicInteger();
    private final AggregateWriter writer = new AggregateWriter(mongo, wakeUps::incrementAndGet);

    @Test
    void state_and_events_are_written_together_and_events_pending_before_are_kept() {
        Parcel parcel = parcel();
        parcel.pendingEvents.add(event("e1"));
        writer.insert(parcel, SampleApplication.PARCELS);

        parcel.status = "DELIVERED";
        assertThat(writer.update(SampleApplication.PARCELS, parcel.id, 0, parcel, List.of(event("e2")), null)).isTrue();

        Document stored = raw(parcel.id);
        assertThat(stored.getString("status")).isEqualTo("DELIVERED");
        assertThat(stored.get("version", Number.class).longValue()).isEqualTo(1);
        assertThat(stored.getList(Outbox.FIELD, Document.class)).extracting(d -> d.getString("eventId"))
                .containsExactly("e1", "e2");
        assertThat(wakeUps).as("the relay is woken after the insert and the update").hasValue(2);
    }

    @Test
    void a_field_that_became_null_is_removed_rather_than_kept() {
        Parcel parcel = parcel();
        writer.insert(parcel, SampleApplication.PARCELS);
        assertThat(raw(parcel.id).getString("recipient")).isEqualTo("erin");

        parcel.recipient = null;
        assertThat(writer.update(SampleApplication.PARCELS, parcel.id, 0, parcel, List.of(), null)).isTrue();

        Document stored = raw(parcel.id);
        assertThat(stored).doesNotContainKey("recipient");
        assertThat(stored.getString("status")).isEqualTo("DISPATCHED");
        assertThat(stored.get("version", Number.class).longValue()).isEqualTo(1);
    }

    @Test
    void an_event_the_relay_already_removed_does_not_come_back() {
        Parcel parcel = parcel();
        parcel.pendingEvents.add(event("e1"));
        writer.insert(parcel, SampleApplication.PARCELS);
        // the relay publishes e1 and pulls it while the service still holds the old document in memory
        mongo.updateFirst(Query.query(Criteria.where("_id").is(parcel.id)),
                new Update().pull(Outbox.FIELD, Query.query(Criteria.where("eventId").is("e1"))), SampleApplication.PARCELS);

        parcel.status = "DELIVERED";
        writer.update(SampleApplication.PARCELS, parcel.id, 0, parcel, List.of(event("e2")), null);

        assertThat(raw(parcel.id).getList(Outbox.FIELD, Document.class)).extracting(d -> d.getString("eventId"))
                .containsExactly("e2");
    }

    @Test
    void a_stale_version_or_an_applied_event_writes_nothing() {
        Parcel parcel = parcel();
        writer.insert(parcel, SampleApplication.PARCELS);
        parcel.status = "LOST";
        assertThat(writer.update(SampleApplication.PARCELS, parcel.id, 5, parcel, List.of(event("x")), null)).isFalse();

        assertThat(writer.update(SampleApplication.PARCELS, parcel.id, 0, parcel, List.of(), "inbound-1")).isTrue();
        parcel.status = "FOUND";
        assertThat(writer.update(SampleApplication.PARCELS, parcel.id, 1, parcel, List.of(event("y")), "inbound-1")).isFalse();

        Document stored = raw(parcel.id);
        assertThat(wakeUps).as("only the insert wakes the relay: nothing else wrote an event").hasValue(1);
        assertThat(stored.getString("status")).isEqualTo("LOST");
        assertThat(stored.get("version", Number.class).longValue()).isEqualTo(1);
        assertThat(stored.getList(Outbox.FIELD, Document.class)).isEmpty();
        assertThat(stored.getList("appliedEventIds", String.class)).containsExactly("inbound-1");
    }

    private Document raw(String id) {
        return mongo.findById(id, Document.class, SampleApplication.PARCELS);
    }

    private static Parcel parcel() {
        Parcel parcel = new Parcel();
        parcel.id = UUID.randomUUID().toString();
        parcel.recipient = "erin";
        parcel.status = "DISPATCHED";
        return parcel;
    }

    private static PendingEvent event(String id) {
        return new PendingEvent(id, "pactum.notification.sent.v1", "pactum.notifications", "erin",
                Instant.parse("2026-11-23T10:00:00Z"), "{}", null);
    }
}
