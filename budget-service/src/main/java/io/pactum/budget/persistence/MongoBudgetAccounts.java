package io.pactum.budget.persistence;

import io.pactum.budget.application.BudgetAccounts;
import io.pactum.budget.domain.BudgetAccount;
import io.pactum.budget.domain.BudgetPolicy;
import io.pactum.chassis.outbox.AggregateWriter;
import io.pactum.chassis.outbox.Outbox;
import io.pactum.chassis.outbox.PendingEvent;
import io.pactum.events.budget.BudgetEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoBudgetAccounts implements BudgetAccounts {

    static final String POLICIES = "budget_policies";
    static final String DECISIONS = "funding_decisions";

    private final MongoTemplate mongo;
    private final AggregateWriter writer;
    private final Outbox outbox;

    MongoBudgetAccounts(MongoTemplate mongo, AggregateWriter writer, Outbox outbox) {
        this.mongo = mongo;
        this.writer = writer;
        this.outbox = outbox;
    }

    /** A stored policy: {@code _id = businessUnit:fiscalYear}. */
    record PolicyDocument(@Id String id, BudgetPolicy policy) {
    }

    /** A decision about a contract without an account (no budget), kept once per causing event with its events. */
    record DecisionDocument(@Id String id, List<PendingEvent> pendingEvents) {
    }

    @Override
    public Optional<Stored> find(String employeeId, int fiscalYear) {
        BudgetAccountDocument d = mongo.findById(BudgetAccountDocument.idOf(employeeId, fiscalYear), BudgetAccountDocument.class);
        return Optional.ofNullable(d).map(doc -> new Stored(toDomain(doc), doc.version, Set.copyOf(doc.appliedEventIds)));
    }

    @Override
    public boolean open(BudgetAccount account, List<BudgetEvent> events) {
        BudgetAccountDocument document = toDocument(account);
        document.pendingEvents.addAll(outbox.pending(events));
        try {
            writer.insert(document, BudgetAccountDocument.COLLECTION);
            return true;
        } catch (DuplicateKeyException exists) {
            return false;
        }
    }

    @Override
    public boolean update(Stored before, BudgetAccount after, List<BudgetEvent> events, String causedBy) {
        BudgetAccountDocument document = toDocument(after);
        return writer.update(BudgetAccountDocument.COLLECTION, document.id, before.version(), document,
                outbox.pending(events), causedBy);
    }

    @Override
    public void recordDecisionWithoutAccount(String causedBy, List<BudgetEvent> events) {
        try {
            mongo.insert(new DecisionDocument(causedBy, new ArrayList<>(outbox.pending(events))), DECISIONS);
        } catch (DuplicateKeyException alreadyDecided) {
            // a redelivery of the same event
        }
    }

    @Override
    public long countAccounts(String businessUnit, int fiscalYear) {
        return mongo.count(Query.query(Criteria.where("businessUnit").is(businessUnit).and("fiscalYear").is(fiscalYear)),
                BudgetAccountDocument.class);
    }

    @Override
    public Optional<BudgetPolicy> policy(String businessUnit, int fiscalYear) {
        return Optional.ofNullable(mongo.findById(businessUnit + ":" + fiscalYear, PolicyDocument.class, POLICIES))
                .map(PolicyDocument::policy);
    }

    @Override
    public void savePolicy(BudgetPolicy policy) {
        mongo.save(new PolicyDocument(policy.businessUnit() + ":" + policy.fiscalYear(), policy), POLICIES);
    }

    private static BudgetAccountDocument toDocument(BudgetAccount a) {
        BudgetAccountDocument d = new BudgetAccountDocument();
        d.id = BudgetAccountDocument.idOf(a.employeeId(), a.fiscalYear());
        d.employeeId = a.employeeId();
        d.fiscalYear = a.fiscalYear();
        d.businessUnit = a.businessUnit();
        d.currency = a.currency();
        d.mode = a.mode();
        d.allocated = a.allocated();
        d.reserved = a.reserved();
        d.spent = a.spent();
        d.reservations = a.reservations();
        d.ledger = new ArrayList<>(a.ledger());
        return d;
    }

    private static BudgetAccount toDomain(BudgetAccountDocument d) {
        return BudgetAccount.restore(d.employeeId, d.fiscalYear, d.businessUnit, d.currency, d.mode, d.allocated,
                d.reserved, d.spent, d.reservations == null ? Map.of() : d.reservations, d.ledger);
    }
}
