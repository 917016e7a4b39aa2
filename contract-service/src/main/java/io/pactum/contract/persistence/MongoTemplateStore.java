package io.pactum.contract.persistence;

import io.pactum.contract.application.ContractTemplates;
import io.pactum.contract.domain.ContractTemplate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Published contract templates in the collection {@code contractTemplates}, stored as the domain records
 * (only inserted, never changed, and they cause no events — so no version and no outbox here).
 */
@Repository
class MongoTemplateStore implements ContractTemplates.Store {

    static final String COLLECTION = "contractTemplates";

    private final MongoTemplate mongo;

    MongoTemplateStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void insert(ContractTemplate template) {
        mongo.insert(template, COLLECTION);
    }

    @Override
    public Optional<ContractTemplate> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ContractTemplate.class, COLLECTION));
    }

    @Override
    public List<ContractTemplate> list(String businessUnit) {
        Query query = businessUnit == null ? new Query() : Query.query(Criteria.where("businessUnit").is(businessUnit));
        return mongo.find(query.with(Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.asc("_id"))).limit(500),
                ContractTemplate.class, COLLECTION);
    }
}
