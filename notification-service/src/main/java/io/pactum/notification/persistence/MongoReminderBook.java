package io.pactum.notification.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.pactum.notification.application.ReminderBook;
import io.pactum.notification.domain.Reminder;
import io.pactum.notification.domain.ReminderKind;
import io.pactum.notification.domain.ReminderRules.Cancellation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Reminders in the {@code reminders} collection; claiming one is a conditional findAndModify, so one instance wins. */
@Repository
class MongoReminderBook implements ReminderBook {

    static final String COLLECTION = "reminders";
    private static final String SCHEDULED = "SCHEDULED";
    private static final String CLAIMED = "CLAIMED";

    private final MongoTemplate mongo;

    MongoReminderBook(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void schedule(Reminder r) {
        try {
            mongo.insert(new ReminderDocument(r.id(), r.kind().name(), r.employeeId(), r.contractId(), r.milestoneId(),
                    r.title(), r.dueDate() == null ? null : r.dueDate().toString(), r.awaiting(), r.businessUnit(), r.dueAt(),
                    List.copyOf(r.cancelKeys()), SCHEDULED, null, null, r.contractTitle(), r.staleAfter()), COLLECTION);
        } catch (DuplicateKeyException scheduledBefore) {
            // the same cause scheduled it already (a redelivered event): one reminder
        }
    }

    @Override
    public void cancel(Cancellation cancellation) {
        Criteria open = where("cancelKeys").is(cancellation.key()).and("status").in(SCHEDULED, CLAIMED);
        if (cancellation.keep() != null) {
            open = open.and("_id").ne(cancellation.keep());
        }
        mongo.updateMulti(query(open), new Update().set("status", "CANCELLED"), COLLECTION);
    }

    @Override
    public Optional<Reminder> claimDue(Instant now, Instant leaseUntil) {
        Query due = query(new Criteria().orOperator(
                where("status").is(SCHEDULED).and("dueAt").lte(now),
                where("status").is(CLAIMED).and("claimedUntil").lt(now))).with(Sort.by("dueAt"));
        ReminderDocument d = mongo.findAndModify(due, new Update().set("status", CLAIMED).set("claimedUntil", leaseUntil),
                FindAndModifyOptions.options().returnNew(true), ReminderDocument.class, COLLECTION);
        return Optional.ofNullable(d).map(doc -> new Reminder(doc.id(), ReminderKind.valueOf(doc.kind()), doc.employeeId(),
                doc.contractId(), doc.milestoneId(), doc.title(), doc.dueDate() == null ? null : LocalDate.parse(doc.dueDate()),
                doc.awaiting(), doc.businessUnit(), doc.dueAt(), Set.copyOf(doc.cancelKeys()), doc.contractTitle(),
                doc.staleAfter()));
    }

    @Override
    public void done(String reminderId, Instant at) {
        mongo.updateFirst(query(where("_id").is(reminderId).and("status").is(CLAIMED)),
                new Update().set("status", "DONE").set("doneAt", at).unset("claimedUntil"), COLLECTION);
    }

    @Override
    public void skipped(String reminderId, Instant at) {
        mongo.updateFirst(query(where("_id").is(reminderId).and("status").is(CLAIMED)),
                new Update().set("status", "SKIPPED").set("doneAt", at).unset("claimedUntil"), COLLECTION);
    }

    @Override
    public Optional<String> statusOf(String reminderId) {
        return Optional.ofNullable(mongo.findById(reminderId, ReminderDocument.class, COLLECTION)).map(ReminderDocument::status);
    }
}
