package io.pactum.budget.persistence;

import static io.pactum.budget.persistence.BudgetAccountDocument.ALLOCATED;
import static io.pactum.budget.persistence.BudgetAccountDocument.APPROVALS;
import static io.pactum.budget.persistence.BudgetAccountDocument.AVAILABLE;
import static io.pactum.budget.persistence.BudgetAccountDocument.CARRIED_OVER;
import static io.pactum.budget.persistence.BudgetAccountDocument.LEDGER;
import static io.pactum.budget.persistence.BudgetAccountDocument.RESERVATIONS;
import static io.pactum.budget.persistence.BudgetAccountDocument.RESERVED;
import static io.pactum.budget.persistence.BudgetAccountDocument.SPENT;
import static io.pactum.budget.persistence.BudgetAccountDocument.THRESHOLDS_REACHED;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.pactum.budget.application.BudgetAccounts;
import io.pactum.budget.domain.BudgetAccount;
import io.pactum.budget.domain.FundingDecision;
import io.pactum.chassis.messaging.AppliedEvents;
import io.pactum.chassis.outbox.AggregateWriter;
import io.pactum.chassis.outbox.Outbox;
import io.pactum.chassis.outbox.OutboxRelay;
import io.pactum.chassis.outbox.PendingEvent;
import io.pactum.events.budget.BudgetEvent;
import io.pactum.events.budget.BudgetReservationDeclined;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Budget accounts in MongoDB. A funding decision becomes ONE conditional {@code updateFirst} on the account:
 * {@code $inc} of the figures (available included), {@code $push} of the ledger entries, the reservation,
 * the applied event id and the pending events — matching only while the event is not yet applied and the
 * decision's precondition still holds. That holds on real MongoDB and on the embedded store alike.
 */
@Repository
class MongoBudgetAccounts implements BudgetAccounts {

    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final ObjectProvider<OutboxRelay> relay;
    private final Clock clock;

    MongoBudgetAccounts(MongoTemplate mongo, Outbox outbox, ObjectProvider<OutboxRelay> relay, Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.relay = relay;
        this.clock = clock;
    }

    @Override
    public Optional<Stored> find(String employeeId, int fiscalYear) {
        BudgetAccountDocument d = mongo.findById(BudgetAccountDocument.idOf(employeeId, fiscalYear), BudgetAccountDocument.class);
        return Optional.ofNullable(d).map(doc -> new Stored(toDomain(doc), doc.version, Set.copyOf(doc.appliedEventIds)));
    }

    @Override
    public boolean open(BudgetAccount account, List<BudgetEvent> events) {
        BudgetAccountDocument document = new BudgetAccountDocument();
        document.id = BudgetAccountDocument.idOf(account.employeeId(), account.fiscalYear());
        document.employeeId = account.employeeId();
        document.fiscalYear = account.fiscalYear();
        document.businessUnit = account.businessUnit();
        document.currency = account.currency();
        document.allocated = account.allocated();
        document.reserved = account.reserved();
        document.spent = account.spent();
        document.available = account.available();
        document.reservations.addAll(account.reservations());
        document.approvals.addAll(account.approvals());
        document.ledger.addAll(account.ledger());
        document.pendingEvents.addAll(outbox.pending(events));
        try {
            mongo.insert(document);
            return true;
        } catch (DuplicateKeyException exists) {
            return false;
        }
    }

    @Override
    public boolean store(BudgetAccount account, FundingDecision decision, String eventId) {
        Query filter = Query.query(where("_id").is(BudgetAccountDocument.idOf(account.employeeId(), account.fiscalYear())))
                .addCriteria(AppliedEvents.notYetApplied(eventId));
        Update update = AppliedEvents.recordApplied(new Update().inc(AggregateWriter.VERSION, 1), eventId);
        switch (decision) {
            case FundingDecision.Reserve reserve -> {
                // exactly the available the decision saw: it covered the cost, and the event's available-after is true
                filter.addCriteria(where(AVAILABLE).is(reserve.availableSeen()));
                update.inc(RESERVED, reserve.reservedChange()).inc(AVAILABLE, -reserve.reservedChange())
                        .set(THRESHOLDS_REACHED, List.copyOf(account.thresholdsReached()))
                        .push(LEDGER).each(reserve.entries().toArray());
                String contractId = reserve.reservation().contractId();
                if (reserve.replaced() == null) {
                    filter.addCriteria(where(RESERVATIONS + ".contractId").ne(contractId));
                    update.push(RESERVATIONS, reserve.reservation());
                } else {
                    filter.addCriteria(where(RESERVATIONS).elemMatch(where("contractId").is(contractId)
                            .and("revision").is(reserve.replaced().revision())));
                    update.set(RESERVATIONS + ".$[held].revision", reserve.reservation().revision())
                            .set(RESERVATIONS + ".$[held].amountMinor", reserve.reservation().amountMinor())
                            .filterArray(where("held.contractId").is(contractId));
                }
            }
            case FundingDecision.Decline decline -> filter.addCriteria(where(AVAILABLE).is(decline.availableSeen()));
            case FundingDecision.AwaitApproval await -> {
                filter.addCriteria(where(APPROVALS + ".approvalId").ne(await.approval().approvalId()));
                if (await.availableAtLeast() != null) {
                    filter.addCriteria(where(AVAILABLE).gte(await.availableAtLeast()));
                }
                update.push(APPROVALS, await.approval());
            }
            case FundingDecision.AlreadyAnswered nothing -> {
                return true;
            }
        }
        update.push(Outbox.FIELD).each(outbox.pending(decision.events()).toArray());
        boolean applied = mongo.updateFirst(filter, update, BudgetAccountDocument.class).getModifiedCount() == 1;
        if (applied) {
            relay.ifAvailable(OutboxRelay::wakeUp); // the chassis wakes it after save() only, not after an update
        }
        return applied;
    }

    @Override
    public boolean save(Stored seen, BudgetAccount.Change change, String eventId) {
        BudgetAccount account = seen.account();
        Query filter = Query.query(where("_id").is(BudgetAccountDocument.idOf(account.employeeId(), account.fiscalYear()))
                .and(AggregateWriter.VERSION).is(seen.version()));
        Update update = new Update().inc(AggregateWriter.VERSION, 1)
                .set(ALLOCATED, account.allocated()).set(RESERVED, account.reserved()).set(SPENT, account.spent())
                .set(AVAILABLE, account.available()).set(RESERVATIONS, account.reservations())
                .set(APPROVALS, account.approvals()).set(THRESHOLDS_REACHED, List.copyOf(account.thresholdsReached()));
        account.carriedOver().ifPresent(carried -> update.set(CARRIED_OVER, carried));
        if (!change.entries().isEmpty()) {
            update.push(LEDGER).each(change.entries().toArray());
        }
        if (eventId != null) {
            filter.addCriteria(AppliedEvents.notYetApplied(eventId));
            AppliedEvents.recordApplied(update, eventId);
        }
        if (!change.events().isEmpty()) {
            update.push(Outbox.FIELD).each(outbox.pending(change.events()).toArray());
        }
        boolean applied = mongo.updateFirst(filter, update, BudgetAccountDocument.class).getModifiedCount() == 1;
        if (applied && !change.events().isEmpty()) {
            relay.ifAvailable(OutboxRelay::wakeUp);
        }
        return applied;
    }

    @Override
    public Optional<Stored> findByApproval(String approvalId) {
        BudgetAccountDocument d = mongo.findOne(Query.query(where(APPROVALS + ".approvalId").is(approvalId)),
                BudgetAccountDocument.class);
        return Optional.ofNullable(d).map(doc -> new Stored(toDomain(doc), doc.version, Set.copyOf(doc.appliedEventIds)));
    }

    @Override
    public List<BudgetAccount> withPendingApprovals(Set<String> businessUnits) {
        Query query = Query.query(where("businessUnit").in(businessUnits).and(APPROVALS + ".0").exists(true));
        query.fields().exclude(LEDGER, "appliedEventIds", Outbox.FIELD);
        return mongo.find(query, BudgetAccountDocument.class).stream().map(MongoBudgetAccounts::toDomain).toList();
    }

    @Override
    public List<BudgetAccount> ofUnit(String businessUnit, int fiscalYear) {
        Query query = Query.query(where("businessUnit").is(businessUnit).and("fiscalYear").is(fiscalYear))
                .with(Sort.by("employeeId"));
        query.fields().exclude(LEDGER, "appliedEventIds", Outbox.FIELD);
        return mongo.find(query, BudgetAccountDocument.class).stream().map(MongoBudgetAccounts::toDomain).toList();
    }

    @Override
    public List<BudgetAccount> ofUnitWithLedgers(String businessUnit, int fiscalYear) {
        Query query = Query.query(where("businessUnit").is(businessUnit).and("fiscalYear").is(fiscalYear))
                .with(Sort.by("employeeId"));
        query.fields().exclude("appliedEventIds", Outbox.FIELD);
        return mongo.find(query, BudgetAccountDocument.class).stream().map(MongoBudgetAccounts::toDomain).toList();
    }

    @Override
    public boolean storeWithoutAccount(String eventId, BudgetReservationDeclined declined) {
        List<PendingEvent> events = new ArrayList<>(outbox.pending(List.of(declined)));
        try {
            mongo.insert(new FundingDecisionDocument(eventId, declined.contractId(), declined.employeeId(),
                    declined.revision(), declined.fiscalYear(), declined.reason(), clock.instant(), events));
            return true;
        } catch (DuplicateKeyException answeredBefore) {
            return false; // a redelivery of the same event: its answer is kept (or was published) already
        }
    }

    @Override
    public boolean answeredWithoutAccount(String eventId) {
        return mongo.exists(Query.query(where("_id").is(eventId)), FundingDecisionDocument.class);
    }

    @Override
    public long count(String businessUnit, int fiscalYear) {
        return mongo.count(Query.query(where("businessUnit").is(businessUnit).and("fiscalYear").is(fiscalYear)),
                BudgetAccountDocument.class);
    }

    private static BudgetAccount toDomain(BudgetAccountDocument d) {
        return BudgetAccount.restore(d.employeeId, d.fiscalYear, d.businessUnit, d.currency, d.allocated, d.reserved,
                d.spent, d.reservations, d.approvals, d.ledger, d.thresholdsReached, d.carriedOver);
    }
}
