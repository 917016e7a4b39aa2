package io.pactum.notification.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.pactum.chassis.outbox.Outbox;
import io.pactum.chassis.outbox.OutboxRelay;
import io.pactum.events.notification.NotificationEvent;
import io.pactum.notification.application.Deliveries;
import io.pactum.notification.domain.Category;
import io.pactum.notification.domain.Channel;
import io.pactum.notification.domain.Delivery;
import io.pactum.notification.domain.DeliveryStatus;
import io.pactum.notification.domain.DigestItem;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Deliveries in the {@code deliveries} collection; every change is one conditional single-document write. */
@Repository
class MongoDeliveries implements Deliveries {

    static final String COLLECTION = "deliveries";

    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final ObjectProvider<OutboxRelay> relay;

    MongoDeliveries(MongoTemplate mongo, Outbox outbox, ObjectProvider<OutboxRelay> relay) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.relay = relay;
    }

    @Override
    public boolean add(Delivery d, DeliveryStatus status, NotificationEvent event) {
        boolean sent = status == DeliveryStatus.SENT;
        try {
            mongo.insert(new DeliveryDocument(d.id(), d.cause(), d.category().name(), d.channel().name(), d.recipientId(),
                    d.employeeId(), d.address(), d.subject(), d.text(), d.html(), d.unsubscribeUrl(), status.name(), 0, null,
                    d.createdAt(), d.notBefore(), null, null, sent ? d.createdAt() : null, null, List.of(), List.of(),
                    event == null ? List.of() : List.of(outbox.pending(event))), COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    @Override
    public void addToDigest(String recipientId, String address, Category category, Instant slot, DigestItem item, Instant now) {
        String cause = "digest:" + slot;
        String id = Delivery.idFor(cause, recipientId, Channel.EMAIL);
        Query collecting = query(where("_id").is(id).and("status").is(DeliveryStatus.COLLECTING.name())
                .and("itemKeys").ne(item.cause()));
        Update add = new Update().setOnInsert("cause", cause).setOnInsert("category", category.name())
                .setOnInsert("channel", Channel.EMAIL.name()).setOnInsert("recipientId", recipientId)
                .setOnInsert("employeeId", recipientId).setOnInsert("address", address).setOnInsert("failedDispatches", 0)
                .setOnInsert("createdAt", now).setOnInsert("nextAttemptAt", slot).setOnInsert(Outbox.FIELD, List.of())
                .push("items", item).push("itemKeys", item.cause());
        try {
            mongo.upsert(collecting, add, COLLECTION);
        } catch (DuplicateKeyException notCollecting) {
            DeliveryDocument digest = mongo.findById(id, DeliveryDocument.class, COLLECTION);
            if (digest != null && !digest.itemKeys().contains(item.cause())) {
                // that digest is already going out: the next day's takes it
                addToDigest(recipientId, address, category, slot.plus(java.time.Duration.ofDays(1)), item, now);
            }
        }
    }

    @Override
    public Optional<Claimed> claimDue(Instant now, Instant leaseUntil) {
        Query due = query(new Criteria().orOperator(
                where("status").is(DeliveryStatus.PENDING.name()).and("nextAttemptAt").lte(now),
                where("status").is(DeliveryStatus.COLLECTING.name()).and("nextAttemptAt").lte(now),
                where("status").is(DeliveryStatus.SENDING.name()).and("claimedUntil").lt(now)))
                .with(Sort.by("nextAttemptAt"));
        String claimId = UUID.randomUUID().toString();
        DeliveryDocument claimed = mongo.findAndModify(due,
                new Update().set("status", DeliveryStatus.SENDING.name()).set("claimId", claimId).set("claimedUntil", leaseUntil),
                FindAndModifyOptions.options().returnNew(true), DeliveryDocument.class, COLLECTION);
        return Optional.ofNullable(claimed).map(doc -> new Claimed(new Delivery(doc.id(), doc.cause(),
                Category.valueOf(doc.category()), Channel.valueOf(doc.channel()), doc.recipientId(), doc.employeeId(),
                doc.address(), doc.subject(), doc.text(), doc.html(), doc.unsubscribeUrl(), doc.createdAt(),
                doc.nextAttemptAt(), doc.items()), claimId, doc.failedDispatches()));
    }

    @Override
    public boolean sent(Claimed claim, Instant at, NotificationEvent event) {
        return finish(claim, new Update().set("status", DeliveryStatus.SENT.name()).set("sentAt", at), event);
    }

    @Override
    public boolean retryLater(Claimed claim, Instant next, String error) {
        return finish(claim, new Update().set("status", DeliveryStatus.PENDING.name()).set("nextAttemptAt", next)
                .set("failedDispatches", claim.failedDispatches() + 1).set("lastError", error), null);
    }

    @Override
    public boolean release(Claimed claim, Instant next) {
        return finish(claim, new Update().set("status", DeliveryStatus.PENDING.name()).set("nextAttemptAt", next), null);
    }

    @Override
    public boolean failed(Claimed claim, String error, NotificationEvent event) {
        return finish(claim, new Update().set("status", DeliveryStatus.FAILED.name())
                .set("failedDispatches", claim.failedDispatches() + 1).set("lastError", error), event);
    }

    /** Applies only while the claim is still this one (a claim that expired and was taken over changes nothing). */
    private boolean finish(Claimed claim, Update update, NotificationEvent event) {
        update.unset("claimId").unset("claimedUntil");
        if (event != null) {
            update.push(Outbox.FIELD, outbox.pending(event));
        }
        boolean written = mongo.updateFirst(query(where("_id").is(claim.delivery().id()).and("claimId").is(claim.claimId())
                .and("status").is(DeliveryStatus.SENDING.name())), update, COLLECTION).getModifiedCount() == 1;
        if (written && event != null) {
            relay.ifAvailable(OutboxRelay::wakeUp);
        }
        return written;
    }

    @Override
    public Optional<DeliveryView> retryFailed(String id, Instant now) {
        return Optional.ofNullable(mongo.findAndModify(query(where("_id").is(id).and("status").is(DeliveryStatus.FAILED.name())),
                new Update().set("status", DeliveryStatus.PENDING.name()).set("failedDispatches", 0)
                        .set("nextAttemptAt", now).unset("lastError"), FindAndModifyOptions.options().returnNew(true),
                DeliveryDocument.class, COLLECTION)).map(MongoDeliveries::view);
    }

    @Override
    public List<DeliveryView> withStatus(DeliveryStatus status, int limit) {
        return views(query(where("status").is(status.name())).with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(limit));
    }

    @Override
    public Optional<DeliveryView> find(String id) {
        return Optional.ofNullable(mongo.findById(id, DeliveryDocument.class, COLLECTION)).map(MongoDeliveries::view);
    }

    @Override
    public List<DeliveryView> inbox(String userId, int limit) {
        return views(inboxOf(userId).with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(limit));
    }

    @Override
    public long unread(String userId) {
        return mongo.count(inboxOf(userId).addCriteria(where("readAt").is(null)), COLLECTION);
    }

    @Override
    public boolean markRead(String userId, String id, Instant at) {
        Query item = inboxOf(userId).addCriteria(where("_id").is(id));
        if (!mongo.exists(item, COLLECTION)) {
            return false;
        }
        mongo.updateFirst(item.addCriteria(where("readAt").is(null)), new Update().set("readAt", at), COLLECTION);
        return true;
    }

    private static Query inboxOf(String userId) {
        return query(where("recipientId").is(userId).and("channel").is(Channel.INBOX.name()));
    }

    private List<DeliveryView> views(Query query) {
        return mongo.find(query, DeliveryDocument.class, COLLECTION).stream().map(MongoDeliveries::view).toList();
    }

    private static DeliveryView view(DeliveryDocument d) {
        return new DeliveryView(d.id(), d.cause(), d.category(), d.channel(), d.recipientId(), d.subject(), d.text(),
                d.status(), d.failedDispatches(), d.lastError(), d.createdAt(), d.sentAt(), d.readAt());
    }
}
