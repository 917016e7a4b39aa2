package io.pactum.contract.persistence;

import io.pactum.chassis.outbox.AggregateWriter;
import io.pactum.chassis.outbox.Outbox;
import io.pactum.contract.application.ContractRepository;
import io.pactum.contract.domain.ContractStatus;
import io.pactum.contract.domain.LearningContract;
import io.pactum.contract.domain.Revision;
import io.pactum.contract.domain.Signature;
import io.pactum.events.contract.ContractEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Contracts in MongoDB; every change is one conditional single-document update through the chassis's writer. */
@Repository
class MongoContractRepository implements ContractRepository {

    private final MongoTemplate mongo;
    private final AggregateWriter writer;
    private final Outbox outbox;

    MongoContractRepository(MongoTemplate mongo, AggregateWriter writer, Outbox outbox) {
        this.mongo = mongo;
        this.writer = writer;
        this.outbox = outbox;
    }

    @Override
    public Optional<Stored> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ContractDocument.class))
                .map(d -> new Stored(toDomain(d), d.version, Set.copyOf(d.appliedEventIds)));
    }

    @Override
    public void insert(LearningContract contract, List<ContractEvent> events) {
        ContractDocument document = toDocument(contract);
        document.pendingEvents.addAll(outbox.pending(events));
        writer.insert(document, ContractDocument.COLLECTION);
    }

    @Override
    public boolean update(Stored before, LearningContract after, List<ContractEvent> events, String causedBy) {
        return writer.update(ContractDocument.COLLECTION, after.id(), before.version(), toDocument(after),
                outbox.pending(events), causedBy);
    }

    @Override
    public List<String> activeWithDeadlineBefore(LocalDate today, String afterId, int limit) {
        Criteria criteria = Criteria.where("status").is(ContractStatus.ACTIVE).orOperator(
                Criteria.where("nextDeadline").lt(today), Criteria.where("nextDeadline").exists(false));
        if (afterId != null) {
            criteria = criteria.and("_id").gt(afterId);
        }
        Query query = Query.query(criteria).with(Sort.by("_id")).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Document.class, ContractDocument.COLLECTION).stream().map(d -> d.getString("_id")).toList();
    }

    @Override
    public Page search(Filter filter, int page, int size) {
        List<Criteria> visible = new ArrayList<>();
        visible.add(Criteria.where("employeeId").is(filter.caller()));
        visible.add(Criteria.where("managerId").is(filter.caller()));
        if (!filter.managedEmployees().isEmpty()) {
            visible.add(Criteria.where("employeeId").in(filter.managedEmployees()));
        }
        if (!filter.visibleInUnits().isEmpty()) {
            visible.add(Criteria.where("businessUnit").in(filter.visibleInUnits()));
        }
        List<Criteria> all = new ArrayList<>();
        all.add(new Criteria().orOperator(visible));
        if (filter.scope() != null) {
            all.add(switch (filter.scope()) {
                case MINE -> Criteria.where("employeeId").is(filter.caller());
                case TEAM -> new Criteria().orOperator(Criteria.where("managerId").is(filter.caller()),
                        Criteria.where("employeeId").in(filter.managedEmployees()));
                case UNIT -> Criteria.where("businessUnit").in(filter.visibleInUnits());
            });
        }
        if (filter.fiscalYear() != null) {
            all.add(Criteria.where("fiscalYear").is(filter.fiscalYear()));
        }
        if (filter.milestoneDueBy() != null) {
            all.add(Criteria.where("status").is(ContractStatus.ACTIVE));
            all.add(Criteria.where("nextMilestoneDue").lte(filter.milestoneDueBy()));
        }
        if (filter.atRiskOnly()) {
            all.add(Criteria.where("atRisk").is(true));
        }
        if (filter.employeeId() != null) {
            all.add(Criteria.where("employeeId").is(filter.employeeId()));
        }
        if (filter.status() != null) {
            all.add(Criteria.where("status").is(filter.status()));
        }
        if (filter.businessUnit() != null) {
            all.add(Criteria.where("businessUnit").is(filter.businessUnit()));
        }
        Query query = Query.query(new Criteria().andOperator(all));
        long total = mongo.count(query, ContractDocument.class);
        query.with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id"))).skip((long) page * size).limit(size);
        return new Page(mongo.find(query, ContractDocument.class).stream().map(MongoContractRepository::toDomain).toList(),
                total);
    }

    private static ContractDocument toDocument(LearningContract contract) {
        ContractDocument d = new ContractDocument();
        d.id = contract.id();
        d.employeeId = contract.employeeId();
        d.managerId = contract.managerId();
        d.businessUnit = contract.businessUnit();
        d.fiscalYear = contract.fiscalYear();
        d.templateId = contract.templateId().orElse(null);
        d.status = contract.status();
        d.revision = contract.revision();
        d.createdAt = contract.createdAt();
        d.revisions = new ArrayList<>(contract.revisions());
        d.fundingDecision = contract.fundingDecision();
        d.cancellation = contract.cancellation();
        LearningContract.Progress progress = contract.progress();
        d.activatedAt = progress.activatedAt();
        d.completions = new ArrayList<>(progress.completions());
        d.missedMilestones = new ArrayList<>(progress.missedMilestones());
        d.checkIns = new ArrayList<>(progress.checkIns());
        d.missedCheckIns = new ArrayList<>(progress.missedCheckIns());
        d.assessment = progress.assessment();
        d.audit = new ArrayList<>(progress.audit());
        d.atRisk = contract.atRisk();
        d.nextMilestoneDue = contract.nextMilestoneDue().orElse(null);
        d.nextDeadline = contract.nextDeadline().orElse(ContractDocument.NO_DEADLINE);
        return d;
    }

    private static LearningContract toDomain(ContractDocument d) {
        return LearningContract.restore(d.id, d.employeeId, d.managerId, d.businessUnit, d.fiscalYear, d.templateId, d.status,
                revisionsOf(d), d.fundingDecision, d.cancellation, new LearningContract.Progress(d.activatedAt,
                        d.completions, d.missedMilestones, d.checkIns, d.missedCheckIns, d.assessment, d.audit));
    }

    /** The revisions, also of a document in the first slice's shape (signatures beside the history). */
    private static List<Revision> revisionsOf(ContractDocument d) {
        if (!d.revisions.isEmpty() || d.history == null || d.history.isEmpty()) {
            return d.revisions;
        }
        List<Revision> revisions = new ArrayList<>(d.history);
        Revision current = revisions.removeLast();
        List<Signature> signatures = d.signatures == null ? List.of() : d.signatures.values().stream()
                .filter(s -> s.revision() == current.number()).sorted(Comparator.comparing(Signature::signedAt)).toList();
        revisions.add(new Revision(current.number(), current.terms(), current.createdBy(), current.createdAt(),
                current.changedFields(), signatures));
        return revisions;
    }
}
