package io.pactum.budget.persistence;

import io.pactum.budget.application.BudgetPolicies;
import io.pactum.budget.domain.BudgetPolicy;
import io.pactum.chassis.web.ConflictException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoBudgetPolicies implements BudgetPolicies {

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoBudgetPolicies(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public Optional<BudgetPolicy> find(String businessUnit, int fiscalYear) {
        return Optional.ofNullable(mongo.findById(PolicyDocument.idOf(businessUnit, fiscalYear), PolicyDocument.class))
                .map(PolicyDocument::toPolicy);
    }

    @Override
    public LocalDate firstAllocation(String businessUnit, int fiscalYear, LocalDate today) {
        String id = PolicyDocument.idOf(businessUnit, fiscalYear);
        // set once: the first allocation's day wins, however many run at once
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("firstAllocatedOn").exists(false)),
                new Update().set("firstAllocatedOn", today), PolicyDocument.class);
        PolicyDocument document = mongo.findById(id, PolicyDocument.class);
        return document == null || document.firstAllocatedOn == null ? today : document.firstAllocatedOn;
    }

    @Override
    public void save(BudgetPolicy policy, String definedBy) {
        String id = PolicyDocument.idOf(policy.businessUnit(), policy.fiscalYear());
        PolicyDocument document = Optional.ofNullable(mongo.findById(id, PolicyDocument.class)).orElseGet(PolicyDocument::new);
        document.id = id;
        document.businessUnit = policy.businessUnit();
        document.fiscalYear = policy.fiscalYear();
        document.currency = policy.currency();
        document.defaultAllocation = policy.defaultAllocation();
        document.approvalThreshold = policy.approvalThreshold();
        document.mode = policy.mode();
        document.allocationsByJobRole = policy.allocationsByJobRole().entrySet().stream()
                .map(e -> new PolicyDocument.JobRoleAllocation(e.getKey(), e.getValue())).toList();
        document.carryOverPercent = policy.carryOverPercent();
        document.definedBy = definedBy;
        document.definedAt = clock.instant();
        try {
            mongo.save(document); // versioned: a concurrent replacement is not silently overwritten
        } catch (OptimisticLockingFailureException | DuplicateKeyException concurrent) {
            throw new ConflictException("The policy of " + policy.businessUnit() + " for " + policy.fiscalYear()
                    + " was changed at the same time; read it and try again.");
        }
    }
}
